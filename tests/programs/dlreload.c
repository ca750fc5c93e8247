/* Issue 12: the live-reload case. Opens PLUGIN, calls it, closes it;
   renames NEXT over PLUGIN (a rebuild); opens it again: the new code
   runs. Also: a second dlopen shares the handle and needs a second
   dlclose; dl_iterate_phdr counts the objects and reports adds/subs; a
   plugin opened RTLD_NODELETE stays after dlclose. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned long long adds, subs;
static int cb(struct dl_phdr_info *i, size_t s, void *d) {
  (void)s;
  ++*(int *)d;
  adds = i->dlpi_adds;
  subs = i->dlpi_subs;
  return 0;
}
static int count(void) { int n = 0; dl_iterate_phdr(cb, &n); return n; }

int main(int argc, char **argv) {
  if (argc != 3) return 2;
  const char *path = argv[1], *next = argv[2];
  int base = count();
  unsigned long long adds0 = adds, subs0 = subs;
  printf("objects at start: %d\n", base);
  for (int round = 0; round < 2; round++) {
    void *h = dlopen(path, RTLD_NOW);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    const char *(*v)(void) = (const char *(*)(void))dlsym(h, "plugin_version");
    int (*c)(void) = (int (*)(void))dlsym(h, "plugin_count");
    int first = c();
    printf("round %d: %s, count %d then %d, objects %+d, adds %+llu subs %+llu\n", round, v(), first, c(), count() - base, adds - adds0, subs - subs0);
    void *h2 = dlopen(path, RTLD_NOW);
    printf("a second dlopen gives the same handle: %s\n", h2 == h ? "yes" : "no");
    dlclose(h2);
    printf("after one dlclose: %s still there, objects %+d\n", v(), count() - base);
    printf("dlclose: %d\n", dlclose(h));
    void *again = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
    printf("after the last dlclose: objects %+d, adds %+llu subs %+llu, %s\n", count() - base, adds - adds0, subs - subs0, again ? "still loaded" : "unloaded");
    if (round == 0 && rename(next, path) != 0) { perror("rename"); return 1; }
  }
  void *h = dlopen(path, RTLD_NOW | RTLD_NODELETE);
  printf("RTLD_NODELETE: dlclose %d, ", dlclose(h));
  printf("%s\n", dlopen(path, RTLD_NOW | RTLD_NOLOAD) ? "still loaded" : "unloaded");
  printf("dlclose of a closed handle: %d\n", dlclose((void *)h) );
  return 0;
}
