/* Issue 12: RTLD_DEEPBIND. Built twice (libdeep1.so, libdeep2.so); the
   program opens one normally and one with RTLD_DEEPBIND. Its calls and
   data references to names the program also defines bind to the program
   without DEEPBIND, to its own tree with it. */
#include <stdio.h>
const char *shared_fn(void);
extern const char *shared_data;
const char *own_fn(void) { return "the plugin"; }
static char line[256];
const char *deep_report(void) {
  snprintf(line, sizeof line, "shared_fn: %s, shared_data: %s, own_fn: %s", shared_fn(), shared_data, own_fn());
  return line;
}
