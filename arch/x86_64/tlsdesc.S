/* TLS descriptors (R_X86_64_TLSDESC, `-mtls-dialect=gnu2`).
 *
 * Code reaches a TLS variable through a two-word descriptor in its GOT,
 * (entry, arg), which the dynamic linker fills:
 *
 *     lea  var@tlsdesc(%rip), %rax
 *     call *var@tlscall(%rax)        # %rax = &var - %fs:0
 *     mov  %fs:(%rax), %eax
 *
 * The entry is called with %rax pointing at the descriptor and returns
 * in %rax the variable's offset from the thread pointer. Unlike a normal
 * call, it must preserve every other register (the general ones and the
 * whole vector and x87 state): the compiler treats the call as clobbering
 * only %rax and the flags. The caller's stack below %rsp is free (the
 * call itself wrote there), so the entries may use it.
 *
 * Three entries, as glibc's:
 *   dryad_tlsdesc_return     the block is in static TLS: arg is the offset
 *   dryad_tlsdesc_undefweak  an undefined weak variable: &var = arg (the
 *                            addend, 0 for a plain reference)
 *   dryad_tlsdesc_dynamic    the block is allocated per thread: arg points
 *                            at a tls_index (module, offset); the fast
 *                            path reads the DTV as __tls_get_addr's does,
 *                            the slow path saves everything and calls
 *                            dryad_tls_get_addr_slow.
 */
    .text

    .globl dryad_tlsdesc_return
    .hidden dryad_tlsdesc_return
    .type dryad_tlsdesc_return, @function
dryad_tlsdesc_return:
    .cfi_startproc
    mov 8(%rax), %rax
    ret
    .cfi_endproc
    .size dryad_tlsdesc_return, . - dryad_tlsdesc_return

    .globl dryad_tlsdesc_undefweak
    .hidden dryad_tlsdesc_undefweak
    .type dryad_tlsdesc_undefweak, @function
dryad_tlsdesc_undefweak:
    .cfi_startproc
    mov 8(%rax), %rax
    sub %fs:0, %rax
    ret
    .cfi_endproc
    .size dryad_tlsdesc_undefweak, . - dryad_tlsdesc_undefweak

    .globl dryad_tlsdesc_dynamic
    .hidden dryad_tlsdesc_dynamic
    .type dryad_tlsdesc_dynamic, @function
dryad_tlsdesc_dynamic:
    .cfi_startproc
    mov %rdi, -8(%rsp)
    mov %rsi, -16(%rsp)
    mov 8(%rax), %rdi             /* the tls_index */
    DTV_BLOCK %rdi, %rsi, %rax, 1f    /* macros.S */
    sub %fs:0, %rax
    mov -8(%rsp), %rdi
    mov -16(%rsp), %rsi
    ret
1:  /* Slow path: %rdi and %rsi are saved below %rsp; save the other
     * call-clobbered registers and the extended state, then call
     * dryad_tls_get_addr_slow(ti) on an aligned stack. */
    sub $16, %rsp
    .cfi_adjust_cfa_offset 16
    push %rbx
    .cfi_adjust_cfa_offset 8
    .cfi_rel_offset rbx, 0
    mov %rsp, %rbx
    .cfi_def_cfa_register rbx
    and $-64, %rsp
    sub $64, %rsp
    mov %rcx, 0(%rsp)
    mov %rdx, 8(%rsp)
    mov %r8, 16(%rsp)
    mov %r9, 24(%rsp)
    mov %r10, 32(%rsp)
    mov %r11, 40(%rsp)
    mov %rdi, 48(%rsp)            /* the tls_index */
    cmpq $0, dryad_xsave_size(%rip)
    je 2f
    XSAVE_STATE                   /* macros.S */
    call dryad_tls_get_addr_slow
    mov %rax, %rcx                /* XRSTOR_STATE takes %eax */
    XRSTOR_STATE
    mov %rcx, %rax
    jmp 3f
2:  sub $512, %rsp
    fxsave (%rsp)
    call dryad_tls_get_addr_slow
    fxrstor (%rsp)
    add $512, %rsp
3:  sub %fs:0, %rax
    mov 0(%rsp), %rcx
    mov 8(%rsp), %rdx
    mov 16(%rsp), %r8
    mov 24(%rsp), %r9
    mov 32(%rsp), %r10
    mov 40(%rsp), %r11
    mov %rbx, %rsp
    .cfi_def_cfa_register rsp
    pop %rbx
    .cfi_adjust_cfa_offset -8
    .cfi_restore rbx
    add $16, %rsp
    .cfi_adjust_cfa_offset -16
    mov -8(%rsp), %rdi
    mov -16(%rsp), %rsi
    ret
    .cfi_endproc
    .size dryad_tlsdesc_dynamic, . - dryad_tlsdesc_dynamic

    .section .note.GNU-stack,"",@progbits
