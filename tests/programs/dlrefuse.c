/* dlopen of objects glibc refuses to load that way: a position-independent
   executable (DF_1_PIE), an object marked DF_1_NOOPEN (-z nodlopen), and
   one that needs such an object. Each argument is opened and the answer
   printed; the program goes on after every refusal. */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        void *h = dlopen(argv[i], RTLD_NOW);
        printf("dlopen(%s): %s\n", argv[i], h ? "ok" : dlerror());
        if (h)
            dlclose(h);
    }
    return 0;
}
