#include "base/priority.h"

#include <sys/resource.h>
#include <unistd.h>

namespace jixiao {

void set_thread_nice(int nice) { setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), nice); }

}  // namespace jixiao
