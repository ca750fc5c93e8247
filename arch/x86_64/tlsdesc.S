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
    mov %fs:8, %rsi               /* &dtv[0] */
    mov dryad_tls_generation(%rip), %rax
    cmp %rax, (%rsi)              /* dtv[0] holds the generation */
    jne 1f
    mov (%rdi), %rax              /* ti->module */
    cmp -16(%rsi), %rax           /* dtv[-1] holds the length */
    ja 1f
    shl $4, %rax
    mov (%rsi,%rax), %rax         /* dtv[module].val */
    cmp $-1, %rax                 /* TLS_DTV_UNALLOCATED */
    je 1f
    add 8(%rdi), %rax             /* + ti->offset */
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
    sub dryad_xsave_size(%rip), %rsp
    xor %eax, %eax                /* the XSAVE header, as trampoline.S */
    mov %rax, 512(%rsp)
    mov %rax, 520(%rsp)
    mov %rax, 528(%rsp)
    mov %rax, 536(%rsp)
    mov %rax, 544(%rsp)
    mov %rax, 552(%rsp)
    mov %rax, 560(%rsp)
    mov %rax, 568(%rsp)
    mov $-1, %eax
    mov $-1, %edx
    xsave (%rsp)
    call dryad_tls_get_addr_slow
    mov %rax, %rcx
    mov $-1, %eax
    mov $-1, %edx
    xrstor (%rsp)
    mov %rcx, %rax
    add dryad_xsave_size(%rip), %rsp
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
