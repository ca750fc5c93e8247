/* Issue 12: RTLD_DEEPBIND, lazily and with RTLD_NOW. The program exports
   shared_fn, shared_data and own_fn (-rdynamic), which the plugins and
   their dependency define too. */
#include <dlfcn.h>
#include <stdio.h>
const char *shared_fn(void) { return "the program"; }
const char *shared_data = "the program";
const char *own_fn(void) { return "the program"; }
static void show(const char *file, int mode, const char *how) {
  void *h = dlopen(file, mode);
  if (!h) { printf("%s: %s\n", file, dlerror()); return; }
  const char *(*report)(void) = (const char *(*)(void))dlsym(h, "deep_report");
  printf("%s (%s): %s\n", file, how, report());
  /* dlsym through the handle searches the plugin's tree either way. */
  const char *(*fn)(void) = (const char *(*)(void))dlsym(h, "shared_fn");
  printf("  dlsym(handle, shared_fn): %s\n", fn());
}
int main(void) {
  printf("program: %s, %s, %s\n", shared_fn(), shared_data, own_fn());
  show("libdeep1.so", RTLD_LAZY, "lazy");
  show("libdeep2.so", RTLD_LAZY | RTLD_DEEPBIND, "lazy, deepbind");
  show("libdeep3.so", RTLD_NOW | RTLD_DEEPBIND, "now, deepbind");
  show("libdeep4.so", RTLD_NOW | RTLD_DEEPBIND | RTLD_GLOBAL, "now, deepbind, global");
  /* After a global DEEPBIND open the program's own lookups still find
     its definitions first. */
  const char *(*fn)(void) = (const char *(*)(void))dlsym(RTLD_DEFAULT, "shared_fn");
  printf("dlsym(RTLD_DEFAULT, shared_fn): %s\n", fn());
  return 0;
}
