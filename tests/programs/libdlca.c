/* Issue 12: defines what libdlcb uses without needing it (found in the
   global scope: a relocation dependency). */
#include <stdio.h>
int a_value(void) { return 7; }
__attribute__((destructor)) static void fini(void) { printf("fini a\n"); fflush(stdout); }
