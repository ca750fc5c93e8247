/* Run under an audit module (tests/audit.rs): lazy calls into a library
 * of its own (plug_add, plug_scale: the module traces those), a dlopen by a name the module rewrites, dlsym, dlclose, and
 * a dlopen the module vetoes. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

long plug_add(long, long);
double plug_scale(double, long);

int main(int argc, char **argv) {
  printf("add %ld\n", plug_add(40, 2));
  /* "noscale": glibc 2.31's profiling trampoline crashes in this call. */
  if (argc < 2 || strcmp(argv[1], "noscale") != 0)
    printf("scale %g\n", plug_scale(1.5, 4));
  fflush(stdout);
  void *h = dlopen("libaudalias.so", RTLD_NOW);
  if (!h) {
    printf("dlopen: %s\n", dlerror());
    return 1;
  }
  long (*add)(long, long) = (long (*)(long, long))dlsym(h, "plug_add");
  printf("dlsym add %ld\n", add ? add(1, 2) : -1L);
  fflush(stdout);
  dlclose(h);
  void *v = dlopen("libvetoed.so", RTLD_NOW);
  printf("vetoed %s\n", v ? "opened" : "refused");
  return 7;
}
