/* Issue 12: an object a dlopen loaded joins a later dlopen's tree (glibc's
   update_scopes): that tree's list becomes one more scope of it. A needs
   B; C needs B and defines only_in_c, which B uses lazily and looks up
   with dlsym(RTLD_DEFAULT). Compared with glibc (tests/dlopen.rs). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

int main(void) {
  void *a = dlopen("libscopea.so", RTLD_LAZY);
  if (!a) { printf("dlopen: %s\n", dlerror()); return 1; }
  const char *(*find)(void) = (const char *(*)(void))dlsym(a, "b_find_c");
  const char *(*call)(void) = (const char *(*)(void))dlsym(a, "b_call_c");
  printf("before C: %s\n", find());
  void *c = dlopen("libscopec.so", RTLD_LAZY);
  if (!c) { printf("dlopen: %s\n", dlerror()); return 1; }
  printf("after C: %s\n", find());
  printf("B's lazy call: %s\n", call());
  dlclose(c);
  printf("after closing C: %s\n", find());
  dlclose(a);
  printf("done\n");
  return 0;
}
