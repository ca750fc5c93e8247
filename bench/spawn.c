/* spawn: run one program, print its wall time and peak RSS.
 *
 *     spawn PROGRAM ARGS...     ->  "<wall ns> <ru_maxrss KiB> <wait status>\n"
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
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: spawn PROGRAM ARGS...\n");
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
        execv(argv[1], argv + 1);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("spawn: wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long long ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
    printf("%lld %ld %d\n", ns, ru.ru_maxrss, status);
    return 0;
}
