#define _GNU_SOURCE
/* dlopen through libc's dlopen/dlsym/dlerror: dependencies and
 * constructors, RTLD_LAZY vs RTLD_NOW with an undefined function,
 * RTLD_GLOBAL making symbols visible to later objects, RTLD_NOLOAD,
 * dlopen(NULL), errors. Prints dlerror texts so they are compared too. */
#include <dlfcn.h>
#include <stdio.h>

static void *must(const char *file, int mode) {
    void *h = dlopen(file, mode);
    printf("dlopen(%s, %#x) -> %s\n", file ? file : "NULL", mode, h ? "ok" : dlerror());
    return h;
}

int main(void) {
    void *self = must(NULL, RTLD_NOW);
    printf("dlsym(self, main) %s\n", dlsym(self, "main") == (void *)main ? "== main" : "wrong");
    printf("noload before: %s\n", dlopen("libdloa.so", RTLD_NOW | RTLD_NOLOAD) ? "loaded" : "not loaded");
    void *a = must("libdloa.so", RTLD_LAZY);
    if (a) {
        int (*f)(void) = (int (*)(void))dlsym(a, "dloa_value");
        printf("dloa_value() = %d\n", f ? f() : -1);
        printf("dlsym(a, nothere) -> %s\n", dlsym(a, "nothere") ? "found" : dlerror());
    }
    printf("noload after: %s\n", dlopen("libdloa.so", RTLD_NOW | RTLD_NOLOAD) ? "loaded" : "not loaded");
    must("libdlundef.so", RTLD_NOW);
    void *u = must("libdlundef.so", RTLD_LAZY);
    if (u) {
        int (*f)(void) = (int (*)(void))dlsym(u, "has_fn");
        printf("has_fn() = %d\n", f ? f() : -1);
    }
    must("libdluser.so", RTLD_NOW);
    must("libdlg.so", RTLD_LAZY | RTLD_GLOBAL);
    void *user = must("libdluser.so", RTLD_NOW);
    if (user) {
        int (*f)(void) = (int (*)(void))dlsym(user, "user_fn");
        printf("user_fn() = %d\n", f ? f() : -1);
    }
    printf("dlsym(RTLD_DEFAULT, global_fn) %s\n", dlsym(RTLD_DEFAULT, "global_fn") ? "found" : "missing");
    printf("dlsym(RTLD_DEFAULT, nothere) -> %s\n", dlsym(RTLD_DEFAULT, "nothere_anywhere") ? "found" : dlerror());
    must("libnothere.so", RTLD_NOW);
    must("/nonexistent/lib.so", RTLD_NOW);
    printf("dlclose = %d\n", a ? dlclose(a) : -1);
    return 0;
}
