/* Issue 12: 10,000 dlopen/dlclose cycles of a plugin with thread-local
   data, each call seeing fresh TLS (the module's block is new in every
   cycle); the resident set grows by less than 1 MiB from cycle 100 on. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static long rss_kib(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long v = -1;
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "VmRSS:", 6) == 0) v = atol(line + 6);
  if (f) fclose(f);
  return v;
}
int main(int argc, char **argv) {
  int cycles = argc > 1 ? atoi(argv[1]) : 10000;
  long at100 = 0;
  int bad = 0;
  for (int i = 0; i < cycles; i++) {
    void *h = dlopen("libdltls.so", RTLD_NOW);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    int (*bump)(void) = (int (*)(void))dlsym(h, "tls_bump");
    if (bump() != 7) bad++;
    if (dlclose(h) != 0) bad++;
    if (i == 99) at100 = rss_kib();
  }
  long growth = rss_kib() - at100;
  printf("%d cycles, %d wrong, %s\n", cycles, bad, growth < 1024 ? "resident set flat (under 1 MiB of growth)" : "resident set grew");
  if (growth >= 1024) printf("growth: %ld KiB\n", growth);
  return 0;
}
