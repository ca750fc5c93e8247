// Issue 12: a thread_local with a destructor (registered through
// __cxa_thread_atexit_impl, which counts it in the plugin's link map):
// glibc keeps the plugin loaded while such a destructor is pending.
#include <cstdio>
struct Tracker {
  int n = 0;
  ~Tracker() { std::printf("thread_local destructor ran (n=%d)\n", n); std::fflush(stdout); }
};
thread_local Tracker tracker;
extern "C" int tracker_touch() { return ++tracker.n; }
