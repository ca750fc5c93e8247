/* Issue 12: one thread opens and closes a plugin 2,000 times while the
   main thread walks dl_iterate_phdr with a callback that makes a PLT call
   (under LD_BIND_NOT every such call goes through the lazy resolver).
   libc's dl_iterate_phdr holds its dl_load_write_lock while the callback
   runs; dlopen takes that lock too. glibc's lazy resolver takes no lock,
   so this cannot deadlock under glibc; dryad's takes the namespace lock
   for reading, and a dlopen that held the namespace lock while waiting
   for dl_load_write_lock deadlocked here (tests/dlopen.rs). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile int stop;
static void *opener(void *arg) {
  (void)arg;
  for (int i = 0; i < 2000; i++) {
    void *h = dlopen("libphdrplug.so", RTLD_NOW);
    if (!h) { printf("dlopen: %s\n", dlerror()); exit(1); }
    dlclose(h);
  }
  stop = 1;
  return NULL;
}
static int cb(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  *(size_t *)data += strlen(info->dlpi_name);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, opener, NULL);
  size_t n = 0;
  long rounds = 0;
  while (!stop) {
    dl_iterate_phdr(cb, &n);
    rounds++;
  }
  pthread_join(t, NULL);
  printf("2000 dlopen/dlclose cycles beside dl_iterate_phdr: done (%s)\n", rounds > 0 ? "it ran" : "it never ran");
  return 0;
}
