/* pltprog: the program of the lazy-binding corpus (pltgen.py). libc-free;
 * prints a line before its first call into libpltmal.so, then one line per
 * call, each a first call through a lazily bound PLT slot, and exits with
 * exit_group. A corrupt object met at a first call must end the program
 * after the lines printed so far, with one error line and status 127. */
#include "fixture.h"
int plt_add(int, int);
int plt_fact(int);
int plt_sum(int);
int plt_pick(int);
int plt_ping(void);

__attribute__((used, noreturn)) void pltprog_main(long *sp) {
    (void)sp;
    fx_say("started=", 1);
    fx_say("add=", plt_add(2, 3));
    fx_say("fact=", plt_fact(5));
    fx_say("sum=", plt_sum(4));
    fx_say("pick=", plt_pick(6));
    fx_say("ping=", plt_ping());
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
    "  call pltprog_main\n"
    "  hlt\n");
