/* Issue 12: dlmopen of a libc.so.6 named by path (tests/releases.rs gives
   it another release's): glibc's ld.so refuses one of another release
   (a GLIBC_PRIVATE symbol it lacks), and so must dryad, with an error
   and not by running it with the wrong private structures. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
int main(int argc, char **argv) {
  if (argc < 2) return 2;
  void *h = dlmopen(LM_ID_NEWLM, argv[1], RTLD_NOW);
  printf("dlmopen: %s\n", h ? "opened" : dlerror());
  return 0;
}
