/* Opens libtlshuge.so (8 MiB of dynamic TLS) and touches it from the
 * main thread (tests/extremes.rs, issue 14): under a low `ulimit -v` the
 * dlopen, then the TLS block (malloc in __tls_get_addr), fail.
 * argv[1]: the plugin's directory. */
#include <dlfcn.h>
#include <stdio.h>
int main(int argc, char **argv) {
  char path[4200];
  snprintf(path, sizeof path, "%s/libtlshuge.so", argc > 1 ? argv[1] : ".");
  void *h = dlopen(path, RTLD_NOW);
  if (!h) { printf("dlopen failed\n"); return 1; }
  int (*touch)(int) = (int (*)(int))dlsym(h, "huge_touch");
  if (!touch) return 1;
  printf("huge_touch = %d\n", touch((8 << 20) - 1));
  return 0;
}
