/* Issue 12: a dlopen'ed library's dependency binds to an object its own
   dependencies only reach further down (libtransb.so's trans_d, defined
   in libtransd.so). glibc checks an object's direct dependencies only
   (its l_initfini; the opened object's is its whole tree): the binding
   is a relocation dependency, which LD_DEBUG=files reports. Compared
   with glibc in tests/dlclose.rs. */
#include <dlfcn.h>
#include <stdio.h>
int main(void) {
  void *h = dlopen("libtransa.so", RTLD_NOW);
  if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
  int (*f)(void) = (int (*)(void))dlsym(h, "trans_a");
  printf("trans_a() = %d\n", f());
  dlclose(h);
  void *again = dlopen("libtransd.so", RTLD_NOW | RTLD_NOLOAD);
  printf("after dlclose: libtransd.so %s\n", again ? "loaded" : "unloaded");
  return 0;
}
