/* The lazy-binding trampoline: GOT[2] of every lazily bound object.
 *
 * A call through a PLT slot that is not yet bound lands in the object's
 * PLT0 with two words pushed: the relocation index (by the PLT entry) and
 * GOT[1], the object's link map (by PLT0):
 *
 *     8(%rsp)  relocation index in DT_JMPREL
 *     0(%rsp)  link map of the calling object
 *     and above them the caller's return address and stack arguments.
 *
 * The callee has not run yet, so every register that may carry an
 * argument must reach it untouched: %rdi %rsi %rdx %rcx %r8 %r9, %rax
 * (vector-register count of variadic calls), %r10 (static chain), and
 * the whole vector and x87 state (xmm/ymm/zmm, mask registers, x87
 * registers: everything XCR0 enables): saved with XSAVE into a 64-byte aligned
 * area of dryad_xsave_size bytes (CPUID leaf 0xD: the size for every
 * state component the OS enabled), or FXSAVE where XSAVE is absent.
 * The resolver returns the target; we restore everything, drop the two
 * pushed words and jump to it, so the callee returns straight to the
 * original caller.
 */
    .text

    .macro SAVE_GPRS
    push %rbx
    .cfi_adjust_cfa_offset 8
    .cfi_rel_offset rbx, 0
    mov %rsp, %rbx
    .cfi_def_cfa_register rbx
    and $-64, %rsp
    sub $64, %rsp
    mov %rax, 0(%rsp)
    mov %rcx, 8(%rsp)
    mov %rdx, 16(%rsp)
    mov %rsi, 24(%rsp)
    mov %rdi, 32(%rsp)
    mov %r8, 40(%rsp)
    mov %r9, 48(%rsp)
    mov %r10, 56(%rsp)
    .endm

    .macro CALL_RESOLVER
    mov 8(%rbx), %rdi             /* link map */
    mov 16(%rbx), %rsi            /* relocation index */
    call dryad_lazy_fixup
    mov %rax, %r11                /* the target */
    .endm

    .macro RESTORE_GPRS_AND_JUMP
    mov 0(%rsp), %rax
    mov 8(%rsp), %rcx
    mov 16(%rsp), %rdx
    mov 24(%rsp), %rsi
    mov 32(%rsp), %rdi
    mov 40(%rsp), %r8
    mov 48(%rsp), %r9
    mov 56(%rsp), %r10
    mov %rbx, %rsp
    .cfi_def_cfa_register rsp
    pop %rbx
    .cfi_adjust_cfa_offset -8
    .cfi_restore rbx
    add $16, %rsp                 /* the link map and the index */
    .cfi_adjust_cfa_offset -16
    jmp *%r11
    .endm

    .globl dryad_runtime_resolve_xsave
    .hidden dryad_runtime_resolve_xsave
    .type dryad_runtime_resolve_xsave, @function
dryad_runtime_resolve_xsave:
    .cfi_startproc
    .cfi_adjust_cfa_offset 16
    SAVE_GPRS
    XSAVE_STATE                   /* macros.S */
    CALL_RESOLVER
    XRSTOR_STATE
    RESTORE_GPRS_AND_JUMP
    .cfi_endproc
    .size dryad_runtime_resolve_xsave, . - dryad_runtime_resolve_xsave

    .globl dryad_runtime_resolve_fxsave
    .hidden dryad_runtime_resolve_fxsave
    .type dryad_runtime_resolve_fxsave, @function
dryad_runtime_resolve_fxsave:
    .cfi_startproc
    .cfi_adjust_cfa_offset 16
    SAVE_GPRS
    sub $512, %rsp
    fxsave (%rsp)
    CALL_RESOLVER
    fxrstor (%rsp)
    add $512, %rsp
    RESTORE_GPRS_AND_JUMP
    .cfi_endproc
    .size dryad_runtime_resolve_fxsave, . - dryad_runtime_resolve_fxsave

    .section .note.GNU-stack,"",@progbits
