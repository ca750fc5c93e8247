/* A plugin for threads_dlstorm.c, built four times with PLUGIN=0..3:
 * general-dynamic __thread data (a block per thread, allocated by
 * __tls_get_addr on first use) and a malloc per call. */
#include <stdlib.h>
#include <string.h>
static __thread long calls = PLUGIN * 1000;
static __thread char scratch[256];
long storm_call(long x) {
  if (calls < PLUGIN * 1000 || scratch[255] != 0) return -1;
  calls++;
  char *p = malloc(64 + (x & 63));
  memset(p, (int)x, 64);
  long r = p[0] == (char)x ? x + PLUGIN : -2;
  free(p);
  return r;
}
long storm_calls(void) { return calls - PLUGIN * 1000; }
