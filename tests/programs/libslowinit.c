#define _GNU_SOURCE
/* Issue 12: a plugin whose constructor takes a while (and runs a lazy
   call and a dlsym meanwhile); `slow_ready` tells whether it finished. */
#include <dlfcn.h>
#include <time.h>
static volatile int ready;
__attribute__((constructor)) static void slow_init(void) {
  struct timespec ts = {0, 200 * 1000 * 1000};
  nanosleep(&ts, 0);
  (void)dlsym(RTLD_DEFAULT, "printf");
  ready = 1;
}
int slow_ready(void) { return ready; }
