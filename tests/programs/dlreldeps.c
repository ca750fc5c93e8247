/* Issue 12: relocation dependencies and NODELETE. libdlcb binds to
   libdlca through the global scope, so libdlca stays while libdlcb is
   loaded, and both go (b's finaliser first) when b is closed; a lookup
   from the program itself (dlsym(RTLD_DEFAULT)) makes libdlca NODELETE. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
static const char *state(void) { return dlopen("libdlca.so", RTLD_NOW | RTLD_NOLOAD) ? "loaded" : "gone"; }
int main(void) {
  void *a = dlopen("libdlca.so", RTLD_NOW | RTLD_GLOBAL);
  void *b = dlopen("libdlcb.so", RTLD_NOW);
  if (!a || !b) { printf("dlopen: %s\n", dlerror()); return 1; }
  int (*bv)(void) = (int (*)(void))dlsym(b, "b_value");
  printf("b_value %d\n", bv());
  dlclose(a);
  printf("a closed, b open: %s\n", state());
  dlclose(a); /* the RTLD_NOLOAD open counted too */
  printf("b_value %d\n", bv());
  dlclose(b);
  printf("b closed: %s\n", state());
  Dl_info info;
  printf("dladdr of b's function after the close: %s\n", dladdr((void *)bv, &info) ? "found" : "nothing");
  a = dlopen("libdlca.so", RTLD_NOW | RTLD_GLOBAL);
  printf("dlsym(RTLD_DEFAULT, a_value): %s\n", dlsym(RTLD_DEFAULT, "a_value") ? "found" : "missing");
  dlclose(a);
  printf("after a lookup from the program: %s\n", state());
  return 0;
}
