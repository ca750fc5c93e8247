/* Issue 12: uses a_value from libdlca, opened RTLD_GLOBAL before it. */
#include <stdio.h>
extern int a_value(void);
int b_value(void) { return a_value() * 2; }
__attribute__((destructor)) static void fini(void) { printf("fini b\n"); fflush(stdout); }
