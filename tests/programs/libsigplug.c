/* A plugin for sigunwind.c, copied many times (tests/fixtures/Makefile)
 * so that each dlopen of a copy adds a new object. It has no DT_SONAME:
 * the copies differ only in their path and inode. Its PLT calls into libc
 * are bound lazily unless the opener asks for RTLD_NOW. */
#include <stdlib.h>
#include <string.h>

long sigplug_call(long x) {
  char *p = malloc(32);
  memset(p, 0, 32);
  long r = x * 3 + 1 + p[31];
  free(p);
  return r;
}
