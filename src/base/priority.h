// Scheduling priority of the calling thread. Reads and background jobs run below the threads
// that take writes and network events, so that on a busy machine a write gets a core at once.
#pragma once

namespace jixiao {

// The niceness of the server's workers and of background jobs (0 is the default priority,
// 19 the lowest).
inline constexpr int kBackgroundNice = 10;

// Sets the calling thread's niceness (Linux: per thread). Lowering priority needs no privilege;
// a failure leaves it as it was.
void set_thread_nice(int nice);

}  // namespace jixiao
