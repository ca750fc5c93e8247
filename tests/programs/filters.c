/* Issue 12: a program linked with a filter (libfilter.so, DT_FILTER
   libfiltee.so) and an auxiliary filter (libauxfilter.so, DT_AUXILIARY
   libauxee.so and libnosuch.so, which does not exist), and dlopen'ing a
   third filter. Calls through the filters reach the filtees where they
   exist; names only the filter defines stay the filter's. With an
   argument, also a dlopen(RTLD_NOLOAD) of the auxiliary filter and the
   dlopen'ed filters. */
#include <dlfcn.h>
#include <stdio.h>
const char *filt_fn(void);
const char *filt_own(void);
const char *aux_fn(void);
int main(int argc, char **argv) {
  printf("filt_fn: %s\n", filt_fn());
  printf("filt_own: %s\n", filt_own());
  printf("aux_fn: %s\n", aux_fn());
  const char *(*f)(void);
  if (argc > 1) {
    /* A startup filter opened for the first time: glibc maps its
       dependencies again. (glibc 2.31 fails an assertion here and in
       the dlopen of a filter below.) */
    void *h = dlopen("libauxfilter.so", RTLD_NOW | RTLD_NOLOAD);
    f = (const char *(*)(void))dlsym(h, "aux_fn");
    printf("dlsym(libauxfilter.so, aux_fn): %s\n", f ? f() : dlerror());
  } else {
    return 0;
  }
  void *d = dlopen("libdlfilter.so", RTLD_NOW);
  if (!d) { printf("dlopen libdlfilter.so: %s\n", dlerror()); return 1; }
  f = (const char *(*)(void))dlsym(d, "filt_fn");
  printf("dlsym(libdlfilter.so, filt_fn): %s\n", f());
  f = (const char *(*)(void))dlsym(d, "filt_own");
  printf("dlsym(libdlfilter.so, filt_own): %s\n", f());
  void *m = dlopen("libmissingfilter.so", RTLD_NOW);
  printf("dlopen libmissingfilter.so: %s\n", m ? "loaded" : dlerror());
  return 0;
}
