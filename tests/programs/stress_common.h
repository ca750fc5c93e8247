/* Shared by the stress programs of tests/stress.rs (issue 14). */
#include <stdio.h>
#include <string.h>

/* Prints the peak resident set size (VmHWM, kB) on stderr, for the test
 * to compare with the same program's under glibc's ld.so. */
static void report_peak_rss(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "VmHWM:", 6) == 0) fprintf(stderr, "%s", line);
  if (f) fclose(f);
}
