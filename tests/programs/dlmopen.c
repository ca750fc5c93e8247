/* Issue 12: dlmopen, compared with glibc. A library loaded into a new
   namespace gets its own copy of libc (own stdout, errno, printf, malloc,
   environment) and prints through it; the same library opened into the
   base namespace is another copy; dlmopen with an existing namespace id
   and with LM_ID_BASE finds what is there; a dlopen from inside a
   namespace stays in it; the errors for a namespace that does not exist
   and for RTLD_GLOBAL; lazy binding inside a namespace; closing unloads
   a namespace, and a new one takes its place. At exit the namespaces'
   finalisers run, the newest namespace first. From glibc 2.35 on,
   debuggers find each namespace's list through _r_debug.r_next: the
   lists are printed as a debugger would read them. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*hello_fn)(const char *);

static long lmid_of(void *h) {
  Lmid_t l = -7;
  if (dlinfo(h, RTLD_DI_LMID, &l) != 0) printf("dlinfo: %s\n", dlerror());
  return (long)l;
}

/* What a debugger reads, found as a debugger finds it (the program's
   DT_DEBUG entry; the program's own _r_debug may be a copy): the
   version and, from 2.35 on, every namespace's list through r_next
   (ld.so's name masked). */
static void debugger_lists(const char *when) {
  struct r_debug *dbg = NULL;
  for (ElfW(Dyn) *d = _DYNAMIC; d->d_tag != DT_NULL; d++)
    if (d->d_tag == DT_DEBUG) dbg = (struct r_debug *)d->d_un.d_ptr;
  if (!dbg) { printf("no DT_DEBUG\n"); return; }
  printf("_r_debug after %s: version %d\n", when, dbg->r_version);
#if __GLIBC__ == 2 && __GLIBC_MINOR__ >= 35
  int n = 0;
  for (struct r_debug_extended *r = (struct r_debug_extended *)dbg; r; r = r->r_next, n++) {
    printf(" list %d:", n);
    for (struct link_map *l = r->base.r_map; l; l = l->l_next) {
      const char *s = strrchr(l->l_name, '/');
      s = s ? s + 1 : l->l_name;
      if (strncmp(s, "ld-linux", 8) == 0 || strncmp(s, "dryad", 5) == 0) s = "<ld.so>";
      printf(" %s", *s ? s : "<program>");
    }
    printf("\n");
  }
#endif
}

static void *sym(void *h, const char *name) {
  void *p = dlsym(h, name);
  if (!p) printf("dlsym %s: %s\n", name, dlerror());
  return p;
}

int main(int argc, char **argv) {
  /* "no-inner-error": skip the failing dlopen from inside the namespace
     (glibc 2.31 finds no catch frame for it and exits with status 127,
     and so does dryad there). */
  int inner_error = !(argc > 1 && strcmp(argv[1], "no-inner-error") == 0);
  const char *lib = "libmprint.so";
  void *h = dlmopen(LM_ID_NEWLM, lib, RTLD_NOW);
  if (!h) { printf("dlmopen: %s\n", dlerror()); return 1; }
  long ns = lmid_of(h);
  printf("new namespace: %ld\n", ns);
  fflush(stdout);
  ((hello_fn)sym(h, "mprint_hello"))("namespace 1");
  printf("its printf: %s\n", sym(h, "printf") != (void *)printf ? "another copy" : "the program's");
  printf("its stdout: %s\n", ((void *(*)(void))sym(h, "mprint_stdout"))() != (void *)stdout ? "another copy" : "the program's");
  printf("its errno: %s\n", ((int *(*)(void))sym(h, "mprint_errno"))() != &errno ? "another copy" : "the program's");
  printf("its getenv(DLMOPEN_TEST): %s\n", ((const char *(*)(const char *))sym(h, "mprint_getenv"))("DLMOPEN_TEST"));
  fflush(stdout);
  int n = ((int (*)(void))sym(h, "mprint_objects"))();
  printf("%d objects\n", n);

  void *b = dlopen(lib, RTLD_NOW);
  if (!b) { printf("dlopen: %s\n", dlerror()); return 1; }
  printf("base copy: namespace %ld, %s\n", lmid_of(b), b != h ? "another object" : "the same object");
  fflush(stdout);
  ((hello_fn)sym(b, "mprint_hello"))("the base namespace");
  printf("dlsym(RTLD_DEFAULT, mprint_counter): %s\n", dlsym(RTLD_DEFAULT, "mprint_counter") == sym(b, "mprint_counter") ? "the base copy's" : "not the base copy's");

  void *again = dlmopen(ns, lib, RTLD_LAZY);
  printf("dlmopen(%ld) again: %s\n", ns, again == h ? "the same object" : "another object");
  void *base = dlmopen(LM_ID_BASE, lib, RTLD_NOW);
  printf("dlmopen(LM_ID_BASE): %s\n", base == b ? "the base copy" : "something else");

  void *(*open_in)(const char *) = (void *(*)(const char *))sym(h, "mprint_open");
  /* A failing dlopen inside the namespace: its own libc's dlerror. */
  fflush(stdout);
  if (inner_error) printf("dlopen of a missing library from inside: %s\n", open_in("libnosuch.so") ? "opened" : "NULL");
  void *inner = open_in("libmdep.so");
  if (!inner) return 1;
  printf("dlopen from inside namespace %ld: namespace %ld\n", ns, lmid_of(inner));
  void *outer = dlopen("libmdep.so", RTLD_NOW);
  printf("dlopen from the program: namespace %ld, %s\n", lmid_of(outer), outer != inner ? "another object" : "the same object");

  void *bad = dlmopen(9, lib, RTLD_NOW);
  printf("dlmopen(9): %s\n", bad ? "opened" : dlerror());
  bad = dlmopen(LM_ID_NEWLM, lib, RTLD_NOW | RTLD_GLOBAL);
  printf("dlmopen(LM_ID_NEWLM, RTLD_GLOBAL): %s\n", bad ? "opened" : dlerror());
  bad = dlmopen(LM_ID_NEWLM, "libnosuch.so", RTLD_NOW);
  printf("dlmopen(LM_ID_NEWLM, libnosuch.so): %s\n", bad ? "opened" : dlerror());

  void *lazy = dlmopen(LM_ID_NEWLM, lib, RTLD_LAZY);
  if (!lazy) { printf("dlmopen lazy: %s\n", dlerror()); return 1; }
  printf("lazily: namespace %ld\n", lmid_of(lazy));
  fflush(stdout);
  ((hello_fn)sym(lazy, "mprint_hello"))("a lazy namespace");
  debugger_lists("two namespaces");

  /* Closing namespace 1: the inner dlopen's object, then both opens. */
  ((int (*)(void *))sym(h, "mprint_close"))(inner);
  dlclose(again);
  dlclose(h);
  debugger_lists("closing namespace 1");
  void *next = dlmopen(LM_ID_NEWLM, lib, RTLD_NOW);
  if (!next) { printf("dlmopen after close: %s\n", dlerror()); return 1; }
  printf("after closing namespace %ld: new namespace %ld\n", ns, lmid_of(next));
  fflush(stdout);
  ((hello_fn)sym(next, "mprint_hello"))("a namespace after a close");
  debugger_lists("reusing it");
  return 0;
}
