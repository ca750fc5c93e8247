/* spawn: run one program, print its wall time and peak RSS.
 *
 *     spawn PROGRAM ARGS...     ->  "<wall ns> <ru_maxrss KiB> <wait status>\n"
 *     spawn -r PROGRAM ARGS...  ->  "<wall ns> <RSS KiB at exit> <wait status>\n"
 *
 * -r (what bench.py reports as RSS): the child is traced, stopped as it
 * exits (PTRACE_O_TRACEEXIT, before its memory is torn down) and its
 * resident set read from /proc/PID/smaps_rollup, which the kernel counts
 * from the page tables: exact to the page. ru_maxrss is not, on this
 * kernel: since Linux 6.2 a process's RSS counters are per-CPU counters
 * read without summing, off by up to a batch of pages per CPU (on this
 * 2-CPU machine the same dryad run reads 1204 or 1328 KiB, glibc's
 * 912-1112), which is as large as what is being measured. A startup's
 * RSS only grows (the ld.so cache, unmapped by both linkers, goes before
 * any of libc's pages are touched), so the RSS at exit is its peak. The
 * wall time of a -r run includes the tracing and is not used.
 *
 * Why bench.py needs this instead of timing a child straight from Python:
 * Linux carries the peak RSS of the *forked* address space over an execve
 * (exec_mmap records the old mm's high-water mark in signal->maxrss), so a
 * child of a 10-20 MB Python process reports at least that much, whatever
 * it runs. This launcher is linked statically and is a few hundred KiB; its
 * child forks from it, so ru_maxrss is the program's own. The time is taken
 * here too (CLOCK_MONOTONIC around fork + exec + wait4), so Python's own
 * spawning cost is not part of it.
 *
 * The child's stdin, stdout and stderr are /dev/null. The environment is
 * passed through unchanged (bench.py sets or clears LD_BIND_NOW).
 */
#include <fcntl.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int exact = argc > 1 && strcmp(argv[1], "-r") == 0;
    if (exact) {
        argv++;
        argc--;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: spawn [-r] PROGRAM ARGS...\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("spawn: fork");
        return 2;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, 0);
            dup2(null, 1);
            dup2(null, 2);
            if (null > 2)
                close(null);
        }
        if (exact) {
            ptrace(PTRACE_TRACEME, 0, 0, 0);
            raise(SIGSTOP);
        }
        execv(argv[1], argv + 1);
        _exit(127);
    }
    int status;
    struct rusage ru;
    long exit_rss = -1;
    if (exact) {
        if (waitpid(pid, &status, 0) < 0 || !WIFSTOPPED(status)) {
            perror("spawn: waitpid");
            return 2;
        }
        ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL);
        ptrace(PTRACE_CONT, pid, 0, 0);
        for (;;) {
            if (waitpid(pid, &status, 0) < 0) {
                perror("spawn: waitpid");
                return 2;
            }
            if (WIFEXITED(status) || WIFSIGNALED(status))
                break;
            int sig = 0;
            if (status >> 8 == (SIGTRAP | (PTRACE_EVENT_EXIT << 8))) {
                char path[64], line[256];
                snprintf(path, sizeof path, "/proc/%d/smaps_rollup", (int)pid);
                FILE *f = fopen(path, "r");
                while (f && fgets(line, sizeof line, f))
                    if (sscanf(line, "Rss: %ld kB", &exit_rss) == 1)
                        break;
                if (f)
                    fclose(f);
            } else if (WIFSTOPPED(status) && WSTOPSIG(status) != SIGTRAP) {
                sig = WSTOPSIG(status); /* pass the program's own signals on */
            }
            ptrace(PTRACE_CONT, pid, 0, sig);
        }
        if (exit_rss < 0) {
            fprintf(stderr, "spawn: no RSS read at exit\n");
            return 2;
        }
        ru.ru_maxrss = exit_rss;
    } else if (wait4(pid, &status, 0, &ru) < 0) {
        perror("spawn: wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long long ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
    printf("%lld %ld %d\n", ns, ru.ru_maxrss, status);
    return 0;
}
