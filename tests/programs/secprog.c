/* Issue 12: a program that needs libseca.so (tests/secure.rs sets its
   RUNPATH and makes it set-user-ID). It also prints the directories
   dlinfo(RTLD_DI_SERINFO) reports for its own dependencies, its own
   directory shown as DIR: in secure mode the search path follows the
   secure $ORIGIN rules there too. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
const char *sec_who(void);
int main(void) {
  printf("found %s\n", sec_who());
  char self[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n < 0) return 1;
  self[n] = 0;
  *strrchr(self, '/') = 0;
  void *h = dlopen(NULL, RTLD_NOW);
  Dl_serinfo size;
  if (dlinfo(h, RTLD_DI_SERINFOSIZE, &size) != 0) { printf("dlinfo: %s\n", dlerror()); return 1; }
  Dl_serinfo *si = malloc(size.dls_size);
  si->dls_size = size.dls_size;
  si->dls_cnt = size.dls_cnt;
  if (dlinfo(h, RTLD_DI_SERINFO, si) != 0) { printf("dlinfo: %s\n", dlerror()); return 1; }
  for (unsigned i = 0; i < si->dls_cnt; i++) {
    const char *d = si->dls_serpath[i].dls_name;
    size_t l = strlen(self);
    if (strncmp(d, self, l) == 0) printf("search: DIR%s\n", d + l);
    else printf("search: %s\n", d);
  }
  return 0;
}
