/* ldd -u: linked (with --no-as-needed) against libm, which it calls, and
   liblazy.so and libtlsdata.so, which it never references: those two are its
   unused direct dependencies. */
#include <math.h>
#include <stdio.h>

int main(int argc, char **argv) {
    (void)argv;
    printf("%.3f\n", cos((double)argc));
    return 0;
}
