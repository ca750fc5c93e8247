/* Out of file descriptors (tests/extremes.rs, issue 14): started with a
 * low `ulimit -n`, it dlopens a plugin (which has DT_NEEDED entries of
 * its own), first with every descriptor taken, then after closing some,
 * and reports each result. */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  int fds[1024], n = 0;
  while (n < 1024 && (fds[n] = open("/dev/null", O_RDONLY)) >= 0) n++;
  int full_errno = errno;
  void *h = dlopen(argv[1], RTLD_NOW);
  printf("all %d spare descriptors taken (%s): dlopen %s\n", n, strerror(full_errno), h ? "ok" : "failed");
  if (!h) printf("  dlerror: %s\n", dlerror());
  while (n > 0) close(fds[--n]);
  h = dlopen(argv[1], RTLD_NOW);
  printf("descriptors free again: dlopen %s\n", h ? "ok" : "failed");
  if (!h) { printf("  dlerror: %s\n", dlerror()); return 1; }
  int (*f)(void) = (int (*)(void))dlsym(h, "dloa_value");
  printf("dloa_value() = %d\n", f ? f() : -1);
  return 0;
}
