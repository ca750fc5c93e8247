/* Issue 12: RTLD_NEXT from a library: its `puts` wrapper finds libc's. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
int puts(const char *s) {
  int (*next)(const char *) = (int (*)(const char *))dlsym(RTLD_NEXT, "puts");
  fputs("[wrapped] ", stdout);
  return next(s);
}
/* Next after this library, of a name the program defines. */
const char *next_of_name(void) {
  const char *(*f)(void) = (const char *(*)(void))dlsym(RTLD_NEXT, "who_defines");
  return f ? f() : "nobody after libnext.so";
}
const char *who_defines(void) { return "libnext.so"; }
