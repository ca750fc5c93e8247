/* Symbol resolution (issue 11): which definition each reference binds to,
 * with the scope-wide symbol index and without; compared with glibc's
 * ld.so under LD_BIND_NOW, LD_DYNAMIC_WEAK and LD_PRELOAD. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

const char *pick(void);
const char *prot_fn(void);
const char *call_prot_from_lib(void);
const char *syms_calls_first_of_two(void);
const char *interposed(void);
extern int shared_data[4];

typedef const char *(*fn)(void);

static void call(void *h, const char *name) {
    fn f = (fn)dlsym(h, name);
    printf("%s: %s\n", name, f ? f() : dlerror());
}

int main(void) {
    printf("pick: %s\n", pick());
    printf("prot_fn from the program: %s\n", prot_fn());
    printf("prot_fn from libsymw: %s\n", call_prot_from_lib());
    printf("first_of_two from libsyms: %s\n", syms_calls_first_of_two());
    printf("interposed: %s\n", interposed());
    printf("shared_data: %d %d %d %d\n", shared_data[0], shared_data[1], shared_data[2], shared_data[3]);
    void *dl = dlopen("libsymdl.so", RTLD_LAZY | RTLD_LOCAL);
    if (!dl) {
        printf("dlopen libsymdl.so: %s\n", dlerror());
        return 0;
    }
    call(dl, "dl_dep");
    call(dl, "dl_pick");
    void *late = dlopen("libsymlate.so", RTLD_NOW | RTLD_GLOBAL);
    printf("dlopen libsymlate.so: %s\n", late ? "ok" : dlerror());
    call(dl, "dl_late");
    /* dlsym through the global scope sees the grown scope too. */
    call(RTLD_DEFAULT, "late_fn");
    /* dlsym's own lookup: weak before strong (LD_DYNAMIC_WEAK). */
    call(RTLD_DEFAULT, "pick");
    return 0;
}
