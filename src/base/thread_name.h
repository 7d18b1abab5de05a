// Names the calling thread, as `top -H`, `ps -L` and a profiler show it (Linux: at most 15
// bytes; a longer name is left unset).
#pragma once

#include <pthread.h>

namespace jixiao {

inline void name_thread(const char* name) { pthread_setname_np(pthread_self(), name); }

}  // namespace jixiao
