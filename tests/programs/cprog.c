/* What glibc programs rely on their dynamic linker for, printed so the
 * output can be compared between dryad and the system ld.so. Addresses
 * are never printed, only facts about them. */
#define _GNU_SOURCE
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <locale.h>
#include <pthread.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <time.h>
#include <unistd.h>

extern __thread int lib_tls;
int lib_tls_get(void);
long lib_tls_ie_add(long);
extern void *__libc_stack_end;

__thread int prog_tls = 7;
static __thread char prog_tbss[64];

static void *worker(void *arg) {
    long i = (long)arg;
    prog_tls += (int)i;         /* local-exec, in the program */
    lib_tls += (int)i;          /* general-dynamic, in the library */
    prog_tbss[3] = (char)i;
    long ie = lib_tls_ie_add(i); /* initial-exec, in the library */
    return (void *)(prog_tls + lib_tls_get() + ie + prog_tbss[3]);
}

static void impl_offset(const char *name, void *fn) {
    Dl_info info;
    if (!dladdr(fn, &info)) { printf("%s: dladdr failed\n", name); return; }
    const char *base = strrchr(info.dli_fname, '/');
    printf("ifunc %s -> %s+%#lx\n", name, base ? base + 1 : info.dli_fname, (unsigned long)((char *)fn - (char *)info.dli_fbase));
}

static int phdr_cb(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size; (void)data;
    const char *n = strrchr(info->dlpi_name, '/');
    n = n ? n + 1 : info->dlpi_name;
    if (strstr(n, "lib") == n && !strstr(n, "ld-linux"))
        printf("phdr: %s phnum=%d tls=%s\n", n, info->dlpi_phnum, info->dlpi_tls_modid ? (info->dlpi_tls_data ? "data" : "none") : "-");
    return 0;
}

int main(int argc, char **argv) {
    printf("argc=%d argv0_ok=%d\n", argc, argv[0] != NULL);
    printf("floats: %.3f %e %g %.10Lf\n", 3.14159265, 1.5e-10, 2.5, 1.0L / 3);
    errno = 0;
    if (open("/nonexistent/file", O_RDONLY) < 0) printf("errno=%d (%s)\n", errno, strerror(errno));

    pthread_t t[16];
    for (long i = 0; i < 16; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    long total = 0;
    for (int i = 0; i < 16; i++) { void *r; pthread_join(t[i], &r); total += (long)r; }
    printf("threads total=%ld main prog_tls=%d lib_tls=%d tbss=%d\n", total, prog_tls, lib_tls, prog_tbss[3]);

    impl_offset("memcpy", (void *)memcpy);
    impl_offset("strlen", (void *)strlen);
    impl_offset("memset", (void *)memset);
    impl_offset("strchr", (void *)strchr);

    pthread_attr_t attr;
    void *stack; size_t size; int local;
    pthread_getattr_np(pthread_self(), &attr);
    pthread_attr_getstack(&attr, &stack, &size);
    printf("main stack contains locals=%d contains __libc_stack_end=%d\n",
           (char *)&local > (char *)stack && (char *)&local < (char *)stack + size,
           (char *)__libc_stack_end > (char *)stack && (char *)__libc_stack_end < (char *)stack + size);

#ifdef _SC_SIGSTKSZ /* glibc 2.34 on */
    long sigstksz = sysconf(_SC_SIGSTKSZ);
#else
    long sigstksz = SIGSTKSZ;
#endif
    printf("sysconf pagesize=%ld l1d_line=%ld sigstksz_ok=%d\n", sysconf(_SC_PAGESIZE),
           sysconf(_SC_LEVEL1_DCACHE_LINESIZE), sigstksz > 0);
    printf("getauxval pagesz=%lu hwcap=%#lx\n", getauxval(AT_PAGESZ), getauxval(AT_HWCAP));
    printf("sched_getcpu_ok=%d\n", sched_getcpu() >= 0);
    struct timespec ts;
    printf("clock_gettime=%d\n", clock_gettime(CLOCK_MONOTONIC, &ts));
    setlocale(LC_ALL, "C.UTF-8");
    printf("ctype: %c%c %d\n", toupper('a'), tolower('Q'), isalpha('x') != 0);
    struct passwd *pw = getpwuid(0);
    printf("getpwuid(0)=%s\n", pw ? pw->pw_name : "(null)");
    char *big = malloc(1 << 20);
    memset(big, 'x', 1 << 20);
    printf("malloc ok=%d\n", big[12345] == 'x');
    free(big);
    dl_iterate_phdr(phdr_cb, NULL);
    return 5;
}
