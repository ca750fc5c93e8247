/* An IFUNC resolver that calls through a lazily bound PLT slot while
 * its object is being relocated at startup (glibc allows it). */
#include <stdio.h>
#include <string.h>
static int impl(void) { return 7; }
/* An IFUNC resolver that calls through the PLT (strlen, lazily bound in this object). */
static void *resolve(void) { return strlen("abc") == 3 ? (void *)impl : 0; }
int ifn(void) __attribute__((ifunc("resolve")));
int main(void) { printf("ifn=%d\n", ifn()); return 0; }
