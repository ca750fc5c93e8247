/* dlopen corner cases: a handle to an object that was already loaded at
 * startup (libc), the binding-mode check, and lazy binding in an object
 * opened before the library it needs was added with RTLD_GLOBAL. */
#include <dlfcn.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
    void *h = dlopen("libc.so.6", RTLD_NOW);
    int (*gp)(void) = h ? (int (*)(void))dlsym(h, "getpid") : 0;
    printf("libc handle getpid %s\n", gp && gp() == getpid() ? "works" : "missing");
    void *bad = dlopen("libc.so.6", RTLD_GLOBAL);
    printf("mode without binding: %s\n", bad ? "opened" : dlerror());
    void *user = dlopen("libdluser.so", RTLD_LAZY);
    printf("libdluser lazily: %s\n", user ? "ok" : dlerror());
    printf("libdlg global: %s\n", dlopen("libdlg.so", RTLD_LAZY | RTLD_GLOBAL) ? "ok" : dlerror());
    int (*uf)(void) = user ? (int (*)(void))dlsym(user, "user_fn") : 0;
    printf("user_fn() = %d\n", uf ? uf() : -1);
    return 0;
}
