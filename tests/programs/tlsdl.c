#define _GNU_SOURCE
/* dlopen of objects with thread-local storage: a library of our own used
 * from the main thread and from threads created before and after the
 * dlopen, and libstdc++ (whose exception globals are thread-local)
 * loaded into this C program. */
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int (*bump)(void), (*zero_ok)(void);
static long (*align_ok)(void);
static pthread_barrier_t opened;

static void use(const char *who) {
    int a = bump(), b = bump();
    printf("%s: %d %d zero=%d align=%ld\n", who, a, b, zero_ok(), align_ok());
}

static void *early(void *arg) {
    (void)arg;
    pthread_barrier_wait(&opened); /* created before the dlopen */
    use("early thread");
    return 0;
}

static void *late(void *arg) { (void)arg; use("late thread"); return 0; }

static int phdr(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size; (void)data;
    if (strstr(info->dlpi_name, "libtlsdyn"))
        printf("dl_iterate_phdr: libtlsdyn tls=%s\n", info->dlpi_tls_data ? "allocated" : "not yet");
    return 0;
}

int main(void) {
    pthread_t e, l;
    pthread_barrier_init(&opened, NULL, 2);
    pthread_create(&e, NULL, early, NULL);
    void *h = dlopen("libtlsdyn.so", RTLD_NOW);
    if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
    bump = (int (*)(void))dlsym(h, "dyn_bump");
    zero_ok = (int (*)(void))dlsym(h, "dyn_zero_ok");
    align_ok = (long (*)(void))dlsym(h, "dyn_align_ok");
    dl_iterate_phdr(phdr, NULL);
    use("main");
    use("main again");
    dl_iterate_phdr(phdr, NULL);
    pthread_barrier_wait(&opened);
    pthread_join(e, NULL);
    pthread_create(&l, NULL, late, NULL);
    pthread_join(l, NULL);
    void *cxx = dlopen("libstdc++.so.6", RTLD_NOW);
    printf("dlopen(libstdc++.so.6): %s\n", cxx ? "ok" : dlerror());
    void *(*globals)(void) = cxx ? (void *(*)(void))dlsym(cxx, "__cxa_get_globals") : 0;
    printf("__cxa_get_globals: %s\n", globals && globals() ? "thread-local block" : "none");
    return 0;
}
