/* LD_PRELOAD fault reporter: on SIGSEGV/SIGBUS/SIGILL/SIGFPE/SIGTRAP prints
 * the signal, si_addr, rip and the mapping that holds rip, then dies of the
 * same signal. Linked -z now: no lazy call from the handler. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <fcntl.h>
static char altstack[65536];
static char mapsbuf[65536];
static void handler(int sig, siginfo_t *si, void *uc_) {
    ucontext_t *uc = uc_;
    unsigned long rip = uc->uc_mcontext.gregs[REG_RIP];
    unsigned long rsp = uc->uc_mcontext.gregs[REG_RSP];
    const char *where = "?";
    char wbuf[512]; wbuf[0] = 0;
    int fd = open("/proc/self/maps", O_RDONLY);
    if (fd >= 0) {
        ssize_t n = 0, k;
        while ((k = read(fd, mapsbuf + n, sizeof mapsbuf - 1 - n)) > 0) n += k;
        mapsbuf[n] = 0;
        close(fd);
        char *line = mapsbuf;
        while (line && *line) {
            char *nl = strchr(line, '\n'); if (nl) *nl = 0;
            unsigned long a, b;
            if (sscanf(line, "%lx-%lx", &a, &b) == 2 && rip >= a && rip < b) {
                char *p = strchr(line, '/'); if (!p) p = strchr(line, '[');
                snprintf(wbuf, sizeof wbuf, "%s+0x%lx", p ? p : "anon", rip - a);
                where = wbuf; break;
            }
            line = nl ? nl + 1 : 0;
        }
    }
    char out[1024];
    int len = snprintf(out, sizeof out, "FAULT sig=%d addr=%p rip=%#lx rsp=%#lx in %s\n", sig, si->si_addr, rip, rsp, where);
    write(2, out, len);
    signal(sig, SIG_DFL);
    raise(sig);
}
__attribute__((constructor)) static void init(void) {
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
    sigaltstack(&ss, 0);
    struct sigaction sa; memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
    int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof sigs / sizeof *sigs; i++) sigaction(sigs[i], &sa, 0);
}
