/* References a function the run-time library lacks. Lazily bound, the
 * program runs until it calls it (as with glibc). */
#include <stdio.h>
#include <string.h>
int vanished_fn(void);
int main(int argc, char **argv) {
    printf("running\n");
    fflush(stdout);
    if (argc > 1 && strcmp(argv[1], "call") == 0) return vanished_fn();
    return 0;
}
