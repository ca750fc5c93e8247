/* Issue 12: three libraries for tests/programs/dlscope.c, built from this
   file: libscopeb.so (B), needed by libscopea.so (A) and libscopec.so
   (C); only C defines only_in_c. */
#define _GNU_SOURCE
#include <dlfcn.h>
#ifdef LIB_B
const char *only_in_c(void);
/* A lazily bound call: B's scopes must hold a definition by the time
   it is made. */
const char *b_call_c(void) { return only_in_c(); }
/* dlsym(RTLD_DEFAULT) searches the calling object's scopes. */
const char *b_find_c(void) {
  const char *(*f)(void) = (const char *(*)(void))dlsym(RTLD_DEFAULT, "only_in_c");
  return f ? f() : "not found";
}
#endif
#ifdef LIB_A
const char *a_name(void) { return "libscopea.so"; }
#endif
#ifdef LIB_C
const char *only_in_c(void) { return "libscopec.so's only_in_c"; }
#endif
