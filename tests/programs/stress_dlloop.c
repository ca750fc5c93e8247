/* Issue 14, stress: dlopen in a loop must not grow the process. 40,000
 * rounds of a dlopen that fails (a library that does not exist) and of
 * a dlopen/dlsym/call/dlclose of a plugin already open. Before, dryad
 * leaked the error strings of each failure (~220 bytes) and a copy of
 * the file name of each call (~120 bytes). argv[1]: the plugin's
 * directory. */
#include <dlfcn.h>
#include <stdlib.h>
#include "stress_common.h"

#define ROUNDS 40000

int main(int argc, char **argv) {
  char path[4200];
  snprintf(path, sizeof path, "%s/libstorm1.so", argc > 1 ? argv[1] : ".");
  void *keep = dlopen(path, RTLD_NOW);
  if (!keep) { printf("dlopen: %s\n", dlerror()); return 1; }
  long failed = 0, called = 0;
  for (long i = 0; i < ROUNDS; i++) {
    if (!dlopen("libstress-does-not-exist.so", RTLD_NOW) && strstr(dlerror(), "cannot open shared object file")) failed++;
    void *h = dlopen(path, i % 2 ? RTLD_NOW : RTLD_LAZY);
    long (*call)(long) = h ? (long (*)(long))dlsym(h, "storm_call") : NULL;
    if (call && call(i) == i + 1) called++;
    if (h) dlclose(h);
  }
  printf("rounds=%d failed as expected=%ld called=%ld\n", ROUNDS, failed, called);
  report_peak_rss();
  return failed != ROUNDS || called != ROUNDS;
}
