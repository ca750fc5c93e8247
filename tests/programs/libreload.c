/* Issue 12: a plugin rebuilt while the host runs (built twice, with
   VERSION "v1" and "v2"): its code, data and constructors are those of the
   file opened. */
#include <stdio.h>
#ifndef VERSION
#define VERSION "v1"
#endif
static int counter;
const char *plugin_version(void) { return VERSION; }
int plugin_count(void) { return ++counter; }
__attribute__((constructor)) static void init(void) { printf("init %s\n", VERSION); }
__attribute__((destructor)) static void fini(void) { printf("fini %s\n", VERSION); fflush(stdout); }
