/* void *__tls_get_addr(tls_index *ti): the address of TLS variable
 * ti->offset of module ti->module in the calling thread (the
 * general-dynamic and local-dynamic models call it).
 *
 * Fast path, as in glibc: the thread's DTV (%fs:8) is of the current
 * generation, long enough, and the module's block is allocated: return
 * dtv[module].val + offset. Otherwise the slow path in Rust
 * (dryad_tls_get_addr_slow) updates the DTV and allocates the block.
 * Callers may arrive with a misaligned stack (GCC PR58066), so the slow
 * call realigns it.
 */
    .text
    .globl __tls_get_addr
    .type __tls_get_addr, @function
__tls_get_addr:
    .cfi_startproc
    DTV_BLOCK %rdi, %rax, %rdx, 1f    /* macros.S */
    ret
1:  push %rbp
    .cfi_adjust_cfa_offset 8
    .cfi_rel_offset rbp, 0
    mov %rsp, %rbp
    .cfi_def_cfa_register rbp
    and $-16, %rsp
    call dryad_tls_get_addr_slow
    mov %rbp, %rsp
    .cfi_def_cfa_register rsp
    pop %rbp
    .cfi_adjust_cfa_offset -8
    .cfi_restore rbp
    ret
    .cfi_endproc
    .size __tls_get_addr, . - __tls_get_addr

    .section .note.GNU-stack,"",@progbits
