/* Issue 12: a library dlmopen loads into namespaces of its own, each with
   its own copy of libc (tests/programs/dlmopen.c). It prints through that
   libc, reads the environment it was given, opens a library from inside
   its namespace, and lists what dl_iterate_phdr shows there. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int mprint_counter;
static int constructed;
static const char *opened_as = "?";

__attribute__((constructor)) static void init(void) { constructed++; }

__attribute__((destructor)) static void fini(void) {
  printf("libmprint.so finished (%s, counter %d)\n", opened_as, mprint_counter);
  fflush(stdout);
}

int mprint_hello(const char *who) {
  opened_as = who;
  char *copy = strdup(who); /* this namespace's malloc */
  int n = printf("hello from %s (constructed %d, counter %d)\n", copy, constructed, ++mprint_counter);
  free(copy);
  fflush(stdout);
  return n;
}

void *mprint_stdout(void) { return stdout; }
int *mprint_errno(void) { return &errno; }
const char *mprint_getenv(const char *name) { return getenv(name); }

/* A dlopen made from inside the namespace (libc passes the caller's). */
void *mprint_open(const char *name) {
  void *h = dlopen(name, RTLD_NOW);
  if (!h) {
    printf("dlopen from the namespace: %s\n", dlerror());
    fflush(stdout);
  }
  return h;
}
int mprint_close(void *h) { return dlclose(h); }

static int show(struct dl_phdr_info *info, size_t size, void *data) {
  const char *s = strrchr(info->dlpi_name, '/');
  s = s ? s + 1 : info->dlpi_name;
  if (strncmp(s, "ld-linux", 8) == 0 || strncmp(s, "dryad", 5) == 0) s = "<ld.so>";
  printf(" %s", *s ? s : "<program>");
  (*(int *)data)++;
  return 0;
}

int mprint_objects(void) {
  int n = 0;
  printf("dl_iterate_phdr in its namespace:");
  dl_iterate_phdr(show, &n);
  printf("\n");
  fflush(stdout);
  return n;
}
