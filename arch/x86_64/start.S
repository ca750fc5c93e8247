/* dryad's entry point.
 *
 * The kernel jumps here with %rsp pointing at the initial process stack:
 *     argc, argv[0..argc], NULL, envp..., NULL, auxv pairs..., AT_NULL
 * and every other register unspecified except %rdx (on x86-64 Linux the
 * kernel sets it to 0). Nothing in dryad is relocated yet, so this stub must
 * not touch any global: it hands Rust the stack pointer, dryad's load
 * address (__ehdr_start) and its dynamic section (_DYNAMIC), both taken
 * PC-relative, and Rust relocates dryad itself first thing.
 *
 * dryad_start returns two words (SysV: %rax, %rdx): the program's entry
 * point and the stack pointer the program must start with (it differs from
 * ours when dryad was run directly and removed its own argv[0]). We jump to
 * the entry with %rdx = dryad_fini, the function a libc registers with
 * atexit to run the finalisers of the shared objects.
 */
    .text
    .globl _start
    .hidden _start
    .type _start, @function
_start:
    .cfi_startproc
    .cfi_undefined rip
    xor %ebp, %ebp
    mov %rsp, %rdi
    lea __ehdr_start(%rip), %rsi
    lea _DYNAMIC(%rip), %rdx
    and $-16, %rsp
    call dryad_start
    mov %rdx, %rsp
    lea dryad_fini(%rip), %rdx
    xor %ebp, %ebp
    jmp *%rax
    .cfi_endproc
    .size _start, . - _start

    .section .note.GNU-stack,"",@progbits
