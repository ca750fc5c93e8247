/* A 1 GiB .bss (tests/extremes.rs, issue 14): in the program itself
 * (BIG_IN_PROGRAM) or in libbigbss.so. A few pages of it are touched. */
#include <stdio.h>
#ifdef BIG_IN_PROGRAM
static char big[1UL << 30];
static char *bss(void) { return big; }
#else
extern char *bigbss(void);
static char *bss(void) { return bigbss(); }
#endif
int main(void) {
  char *p = bss();
  unsigned long n = 1UL << 30, sum = 0;
  for (unsigned long i = 0; i < n; i += n / 8) sum += p[i];
  p[0] = 1; p[n - 1] = 2; p[n / 2] = 3;
  sum += p[0] + p[n - 1] + p[n / 2];
  printf("bss of %lu MiB: zero before, sum after %lu\n", n >> 20, sum);
  return 0;
}
