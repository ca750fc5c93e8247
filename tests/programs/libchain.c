/* A link of the generated library chains of tests/extremes.rs (issue 14):
 * built twice, with and without a DT_NEEDED on the next link, and copied
 * a thousand times with only the DT_SONAME and DT_NEEDED strings patched.
 * Every copy's constructor reports its own file name to the program. */
#define _GNU_SOURCE
#include <dlfcn.h>
extern void chain_record(const char *name); /* defined by the program */
static void __attribute__((constructor)) chain_init(void) {
  Dl_info info;
  chain_record(dladdr((void *)chain_init, &info) && info.dli_fname ? info.dli_fname : "?");
}
int chain_link(void) { return 1; }
