/* Issue 12: a C++ library in a dlmopen namespace of its own
   (tests/programs/libmcxx.cpp), opened, run and closed twice: its
   exceptions and threads work inside the namespace. The first namespace
   stays after its dlclose (its C++ objects are NODELETE through bound
   STB_GNU_UNIQUE symbols), so the second round runs in a second one.
   Compared with glibc in tests/dlopen.rs and tests/releases.rs. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
int main(void) {
  for (int k = 0; k < 2; k++) {
    void *h = dlmopen(LM_ID_NEWLM, "libmcxx.so", RTLD_NOW);
    if (!h) { printf("dlmopen: %s\n", dlerror()); return 1; }
    int (*run)(int) = (int (*)(int))dlsym(h, "mcxx_run");
    Lmid_t l = -1;
    dlinfo(h, RTLD_DI_LMID, &l);
    printf("round %d in namespace %ld: %d caught\n", k, (long)l, run(10));
    fflush(stdout);
    dlclose(h);
  }
  return 0;
}
