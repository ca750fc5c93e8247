/* hyprog: for the mapping-hygiene tests (tests/hygiene.rs). libc-free,
 * needs libmal.so (a library with RELRO), prints "ready" once the dynamic
 * linker has handed over, then waits for one byte on stdin so the test can
 * read /proc/PID/maps of a started process, and exits. */
#include "fixture.h"
int mal_get(void);

__attribute__((used, noreturn)) void hyprog_main(long *sp) {
    (void)sp;
    char c;
    fx_say("ready mal_get=", mal_get());
    fx_syscall3(0, 0, (long)&c, 1);
    fx_exit(0);
}

__asm__(
    ".text\n"
    ".globl _start\n"
    ".type _start, @function\n"
    "_start:\n"
    "  xor %ebp, %ebp\n"
    "  mov %rsp, %rdi\n"
    "  and $-16, %rsp\n"
    "  call hyprog_main\n"
    "  hlt\n");
