/* Issue 12: the rest of the dlfcn surface, compared with glibc: every
   dlinfo request, dladdr1 with RTLD_DL_SYMENT and RTLD_DL_LINKMAP,
   RTLD_NEXT from the program and from a library, dlopen(NULL) and a
   dlopen of the program by its own path. Addresses are not printed, only
   what they are equal to. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *who_defines(void) { return "the program"; }
const char *next_of_name(void);

static const char *base(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

int main(int argc, char **argv) {
  puts("through libnext.so's puts");
  printf("libnext.so's RTLD_NEXT who_defines: %s\n", next_of_name());
  const char *(*f)(void) = (const char *(*)(void))dlsym(RTLD_NEXT, "who_defines");
  printf("program's RTLD_NEXT who_defines: %s\n", f ? f() : "none");

  void *h = dlopen("libdloa.so", RTLD_NOW);
  if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
  struct link_map *lm = NULL;
  int r = dlinfo(h, RTLD_DI_LINKMAP, &lm);
  printf("RTLD_DI_LINKMAP: %d %s\n", r, lm ? base(lm->l_name) : "?");
  Lmid_t lmid = -1;
  r = dlinfo(h, RTLD_DI_LMID, &lmid);
  printf("RTLD_DI_LMID: %d %ld\n", r, (long)lmid);
  char origin[4096] = "";
  r = dlinfo(h, RTLD_DI_ORIGIN, origin);
  printf("RTLD_DI_ORIGIN: %d %s\n", r, base(origin));
  Dl_serinfo size;
  r = dlinfo(h, RTLD_DI_SERINFOSIZE, &size);
  printf("RTLD_DI_SERINFOSIZE: %d count %u\n", r, size.dls_cnt);
  Dl_serinfo *si = malloc(size.dls_size);
  si->dls_size = size.dls_size;
  si->dls_cnt = size.dls_cnt;
  r = dlinfo(h, RTLD_DI_SERINFO, si);
  printf("RTLD_DI_SERINFO: %d\n", r);
  for (unsigned i = 0; i < si->dls_cnt; i++) printf("  .../%s flags %u\n", base(si->dls_serpath[i].dls_name), si->dls_serpath[i].dls_flags);
  size_t modid = 99;
  r = dlinfo(h, RTLD_DI_TLS_MODID, &modid);
  printf("RTLD_DI_TLS_MODID: %d %zu\n", r, modid);
  void *data = (void *)1;
  r = dlinfo(h, RTLD_DI_TLS_DATA, &data);
  printf("RTLD_DI_TLS_DATA: %d %s\n", r, data ? "block" : "null");
  r = dlinfo(h, 999, &data);
  printf("bad request: %d %s\n", r, dlerror());
  /* A module with TLS: libtlsdyn.so. */
  void *t = dlopen("libtlsdyn.so", RTLD_NOW);
  if (t) {
    r = dlinfo(t, RTLD_DI_TLS_MODID, &modid);
    printf("libtlsdyn.so RTLD_DI_TLS_MODID: %d %s\n", r, modid > 1 ? "an id" : "none");
    r = dlinfo(t, RTLD_DI_TLS_DATA, &data);
    printf("libtlsdyn.so RTLD_DI_TLS_DATA before use: %d %s\n", r, data ? "block" : "null");
  }

  void *sym = dlsym(h, "dloa_value");
  Dl_info info;
  const ElfW(Sym) *es = NULL;
  r = dladdr1(sym, &info, (void **)&es, RTLD_DL_SYMENT);
  printf("dladdr1 SYMENT: %d %s %s size %lu %s\n", r, base(info.dli_fname), info.dli_sname, es ? (unsigned long)es->st_size : 0ul,
         info.dli_saddr == sym ? "saddr exact" : "saddr differs");
  struct link_map *lm2 = NULL;
  r = dladdr1(sym, &info, (void **)&lm2, RTLD_DL_LINKMAP);
  printf("dladdr1 LINKMAP: %d %s\n", r, lm2 == lm ? "the handle's map" : "another map");
  printf("dladdr of a stack address: %d\n", dladdr(&r, &info));

  void *self = dlopen(NULL, RTLD_NOW);
  void *self2 = dlopen(argv[1], RTLD_NOW);
  printf("dlopen(NULL) == dlopen(own path): %s\n", self && self == self2 ? "yes" : self2 ? "no" : dlerror());
  printf("dlsym(self, who_defines): %s\n", ((const char *(*)(void))dlsym(self, "who_defines"))());
  return 0;
}
