/* The program of tests/extremes.rs's generated chains (issue 14): counts
 * and hashes the order in which the libraries' constructors ran and the
 * order of the loaded objects (dl_iterate_phdr), by base name, so that
 * the output is the same under any dynamic linker that loads and
 * initialises them in glibc's order. With REPORT_PEAK_RSS set, it also
 * prints its peak RSS on stderr. */
#define _GNU_SOURCE
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "stress_common.h"

static unsigned long init_hash = 5381, map_hash = 5381;
static int inits, maps;
static char first_init[64], last_init[64];

static unsigned long mix(unsigned long h, const char *name) {
  const char *b = strrchr(name, '/');
  for (b = b ? b + 1 : name; *b; b++) h = h * 33 + (unsigned char)*b;
  return h * 33 + '/';
}

void chain_record(const char *name) {
  const char *b = strrchr(name, '/');
  b = b ? b + 1 : name;
  if (inits == 0) snprintf(first_init, sizeof first_init, "%s", b);
  snprintf(last_init, sizeof last_init, "%s", b);
  init_hash = mix(init_hash, name);
  inits++;
}

static int each(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size; (void)data;
  const char *n = info->dlpi_name;
  /* The program ("") and the dynamic linker (named differently by each
   * linker) are left out; the vDSO and every library count. */
  if (n[0] && !strstr(n, "ld-linux") && !strstr(n, "dryad")) {
    map_hash = mix(map_hash, n);
    maps++;
  }
  return 0;
}

int main(void) {
  dl_iterate_phdr(each, NULL);
  printf("constructors=%d first=%s last=%s order=%lx\n", inits, first_init, last_init, init_hash);
  printf("objects=%d order=%lx\n", maps, map_hash);
  if (getenv("REPORT_PEAK_RSS")) report_peak_rss();
  return 0;
}
