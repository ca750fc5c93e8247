#include <stdio.h>
int dlob_fn(void);
__attribute__((constructor)) static void init(void) { printf("init dloa\n"); }
__attribute__((destructor)) static void fini(void) { printf("fini dloa\n"); }
int dloa_value(void) { return 7 * dlob_fn(); }
