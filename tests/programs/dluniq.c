/* Issue 12: two plugins opened RTLD_LOCAL both define the unique symbol
   Counter::value: both bind to the first one loaded, dlsym through the
   second handle finds that one too, and its definer is never unloaded. */
#include <dlfcn.h>
#include <stdio.h>
int main(void) {
  void *a = dlopen("libuniq1.so", RTLD_NOW), *b = dlopen("libuniq2.so", RTLD_NOW);
  if (!a || !b) { printf("dlopen: %s\n", dlerror()); return 1; }
  int *(*f1)(void) = (int *(*)(void))dlsym(a, "uniq1_addr");
  int *(*f2)(void) = (int *(*)(void))dlsym(b, "uniq2_addr");
  int *via_b = (int *)dlsym(b, "_ZN7Counter5valueE");
  printf("one instance: %s\n", f1() == f2() ? "yes" : "no");
  printf("dlsym through the second plugin: %s\n", via_b == f1() ? "the first's" : "its own");
  dlclose(a);
  dlclose(b);
  printf("first plugin after dlclose: %s\n", dlopen("libuniq1.so", RTLD_NOW | RTLD_NOLOAD) ? "loaded" : "gone");
  printf("second plugin after dlclose: %s\n", dlopen("libuniq2.so", RTLD_NOW | RTLD_NOLOAD) ? "loaded" : "gone");
  return 0;
}
