/* mprog: a libc-free program that needs libmal.so, prints what
 * mal_get() returns (42 once libmal's initialiser ran) and exits with
 * exit_group. It never calls the finaliser the dynamic linker hands it:
 * glibc's _dl_fini asserts in a process without ld.so on its link-map
 * chain, and this program must run cleanly under glibc's ld.so too. */
#include "fixture.h"
int mal_get(void);
/* A pointer in writable data: a RELATIVE relocation in DT_RELA. */
static const char *volatile label = "mal_get=";

__attribute__((used, noreturn)) void mprog_main(long *sp) {
    (void)sp;
    fx_say(label, mal_get());
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
    "  call mprog_main\n"
    "  hlt\n");
