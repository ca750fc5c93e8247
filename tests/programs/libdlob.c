#include <stdio.h>
__attribute__((constructor)) static void init(void) { printf("init dlob\n"); }
int dlob_fn(void) { return 6; }
