/* C-variadic entry points (stable Rust cannot define `...` functions).
 *
 * _dl_fatal_printf(const char *fmt, ...) and _dl_debug_printf(fmt, ...):
 * the integer argument registers are spilled into an array and handed,
 * with a pointer to the stack arguments, to dryad_vprintf(fd, fmt, regs,
 * stack). The formats ld.so's callers use take integers and pointers only,
 * so the vector registers are not needed.
 */
    .text
    .macro VARARGS name, fd, fatal
    .globl \name
    .type \name, @function
\name:
    .cfi_startproc
    sub $56, %rsp                 /* 8 (return address) + 56 = 64: aligned */
    .cfi_adjust_cfa_offset 56
    mov %rsi, 0(%rsp)
    mov %rdx, 8(%rsp)
    mov %rcx, 16(%rsp)
    mov %r8, 24(%rsp)
    mov %r9, 32(%rsp)
    mov %rdi, %rsi                /* fmt */
    mov $\fd, %edi
    mov %rsp, %rdx                /* the five register arguments */
    lea 64(%rsp), %rcx            /* the first stack argument */
    mov $\fatal, %r8d
    call dryad_vprintf
    add $56, %rsp
    .cfi_adjust_cfa_offset -56
    ret
    .cfi_endproc
    .size \name, . - \name
    .endm

    VARARGS _dl_fatal_printf, 2, 1
    VARARGS _dl_debug_printf, 2, 0


/* _dl_exception_create_format(exc, objname, fmt, ...): the variadic
 * arguments start in %rcx. */
    .text
    .globl _dl_exception_create_format
    .type _dl_exception_create_format, @function
_dl_exception_create_format:
    .cfi_startproc
    sub $40, %rsp                 /* 8 + 40 = 48: aligned */
    .cfi_adjust_cfa_offset 40
    mov %rcx, 0(%rsp)
    mov %r8, 8(%rsp)
    mov %r9, 16(%rsp)
    mov %rsp, %rcx                /* the three register arguments */
    lea 48(%rsp), %r8             /* the first stack argument */
    call dryad_exception_create_format
    add $40, %rsp
    .cfi_adjust_cfa_offset -40
    ret
    .cfi_endproc
    .size _dl_exception_create_format, . - _dl_exception_create_format

    .section .note.GNU-stack,"",@progbits
