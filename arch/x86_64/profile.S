/* The profiling trampoline: GOT[2] of every lazily bound object when an
 * LD_AUDIT module has la_x86_64_gnu_pltenter or la_x86_64_gnu_pltexit
 * (glibc's _dl_runtime_profile). src/main.rs assembles this file with
 * macros.S (XSAVE_STATE, XRSTOR_STATE). No braces in this text: it is a
 * format string for global_asm!.
 *
 * Entered as the lazy trampoline (trampoline.S) is, from PLT0:
 *
 *     16(%rsp) and up  the caller's return address, its stack arguments
 *      8(%rsp)         relocation index in DT_JMPREL
 *      0(%rsp)         link map of the calling object (GOT[1])
 *
 * 1. The argument registers go into a La_x86_64_regs (glibc's layout,
 *    <bits/link.h>), %rax (vector count of variadic calls) and %r10
 *    (static chain) into slots of our own, and the whole extended state
 *    (XSAVE of everything XCR0 enables, or FXSAVE) below them.
 * 2. Rust decides the target and whether pltexit is wanted:
 *        usize dryad_profile_fixup(usize map, usize index,
 *                                  La_x86_64_regs *regs, i64 *framesize)
 *    (*framesize < 0: no pltexit; it is -1 before the call.)
 * 3. The extended state is restored, then the argument registers are
 *    loaded from the La_x86_64_regs, which the auditors may have changed.
 *    Vector arguments, register i of 0..7 (policy; glibc compares too,
 *    but zeroes the upper bits when lr_xmm changed):
 *      - if lr_xmm[i] differs from what we stored there, it replaces the
 *        low 128 bits of lr_vector[i];
 *      - else the low 128 bits of lr_vector[i] are copied to lr_xmm[i];
 *      - then the register is loaded from lr_vector[i], as wide as the
 *        state XCR0 enables: zmm (XCR0 has opmask, ZMM_Hi256, Hi16_ZMM),
 *        ymm (SSE and AVX), else xmm; the fxsave entry, taken only
 *        without XSAVE, always xmm. So an auditor may change either
 *        field; the parts it does not change arrive as they were; and
 *        lr_xmm and lr_vector agree when pltexit sees them.
 *    Bytes of lr_vector beyond the width loaded, and lr_bnd (MPX is
 *    gone), are zero.
 *    Everything else (xmm8-31, the upper halves of vector registers
 *    beyond the width, mask registers, x87, MXCSR) is as XRSTOR/FXRSTOR
 *    restored it, i.e. as the caller left it; %rbp is callee-saved and
 *    untouched (lr_rbp is informative only, as in glibc).
 * 4. framesize < 0: drop our frame and the two pushed words and jump to
 *    the target, which returns straight to the caller.
 * 5. Else: copy framesize bytes (rounded up to 16) of the caller's stack
 *    arguments below our frame, call the target, fill a La_x86_64_retval
 *    and call
 *        void dryad_profile_exit(usize map, usize index,
 *                                const La_x86_64_regs *regs,
 *                                La_x86_64_retval *retval)
 *    then load the return registers from it and return to the caller.
 *    Return vectors xmm0/xmm1 follow the policy of 3 with lrv_xmm0/1 and
 *    lrv_vector0/1. The x87 registers: glibc stores and reloads st0 and
 *    st1 always, which, after a function that returns nothing in x87
 *    registers, raises FE_INVALID and leaves two values on the x87 stack
 *    (the ABI wants it empty); here FXAM counts the live ones (0, 1 for
 *    long double, 2 for complex long double), only those are stored and
 *    reloaded, and lrv_st0/lrv_st1 are zero when not live. lrv_bnd0/1
 *    are zero.
 *
 * Nothing between the call and the return is saved but what a call
 * preserves: after the target, only the return registers matter.
 * The stack is 16-byte aligned at each call, the La_x86_64_regs and the
 * XSAVE area 64-byte aligned. %rbx holds the stack pointer after our two
 * pushes (the CFA is %rbx + 40), %r12 our 64-byte aligned frame.
 */

/* La_x86_64_regs (<bits/link.h>, the same in glibc 2.31 to 2.42; sizeof 768):
 *   uint64_t lr_rdx, lr_r8, lr_r9, lr_rcx, lr_rsi, lr_rdi, lr_rbp, lr_rsp;
 *   La_x86_64_xmm lr_xmm[8];          16 bytes each
 *   La_x86_64_vector lr_vector[8];    64 bytes each (ymm[2] / zmm[1] / xmm[4])
 *   __int128_t lr_bnd[4];             __glibc_unused1 since 2.35
 * lr_rsp is, as in glibc, the address of the return address (the
 * caller's %rsp after its call). */
    .set LR_RDX, 0
    .set LR_R8, 8
    .set LR_R9, 16
    .set LR_RCX, 24
    .set LR_RSI, 32
    .set LR_RDI, 40
    .set LR_RBP, 48
    .set LR_RSP, 56
    .set LR_XMM, 64
    .set LR_VECTOR, 192
    .set LR_BND, 704
    .set LR_SIZE, 768

/* La_x86_64_retval (sizeof 240):
 *   uint64_t lrv_rax, lrv_rdx;
 *   La_x86_64_xmm lrv_xmm0, lrv_xmm1;
 *   long double lrv_st0, lrv_st1;     16 bytes each
 *   La_x86_64_vector lrv_vector0, lrv_vector1;
 *   __int128_t lrv_bnd0, lrv_bnd1;     __glibc_unused1/2 since 2.35 */
    .set LRV_RAX, 0
    .set LRV_RDX, 8
    .set LRV_XMM0, 16
    .set LRV_XMM1, 32
    .set LRV_ST0, 48
    .set LRV_ST1, 64
    .set LRV_VECTOR0, 80
    .set LRV_VECTOR1, 144
    .set LRV_BND0, 208
    .set LRV_BND1, 224
    .set LRV_SIZE, 240

/* Our frame, at %r12 (64-byte aligned), the XSAVE/FXSAVE area below it. */
    .set P_REGS, 0                /* La_x86_64_regs */
    .set P_RETVAL, 768            /* La_x86_64_retval */
    .set P_XMM_SEEN, 1008         /* xmm0-7 as stored in lr_xmm */
    .set P_RET_SEEN, 1136         /* xmm0-1 as stored in lrv_xmm0/1 */
    .set P_RAX, 1168
    .set P_R10, 1176
    .set P_FRAMESIZE, 1184
    .set P_TARGET, 1192
    .set P_VCLASS, 1200           /* vector width: 0 xmm, 1 ymm, 2 zmm */
    .set P_X87, 1208              /* live x87 return registers: 0, 1, 2 */
    .set P_SIZE, 1216             /* a multiple of 64 */

    /* Our own section: --gc-sections drops it while nothing refers to
     * the entries. */
    .section .text.dryad_runtime_profile,"ax",@progbits

/* xmm i into lr_xmm[i], P_XMM_SEEN and the low part of lr_vector[i]. */
    .macro PROF_STORE_XMM i
    movaps %xmm\i, P_REGS+LR_XMM+16*\i(%r12)
    movaps %xmm\i, P_XMM_SEEN+16*\i(%r12)
    movaps %xmm\i, P_REGS+LR_VECTOR+64*\i(%r12)
    .endm

/* Two pushes, %rbx = %rsp, %r12 = a 64-byte aligned frame of P_SIZE;
 * the integer arguments, %rax and %r10 saved, lr_vector and lr_bnd
 * cleared, xmm0-7 stored in lr_xmm, P_XMM_SEEN and lr_vector. */
    .macro PROF_ENTER
    push %rbx
    .cfi_adjust_cfa_offset 8
    .cfi_rel_offset rbx, 0
    push %r12
    .cfi_adjust_cfa_offset 8
    .cfi_rel_offset r12, 0
    mov %rsp, %rbx
    .cfi_def_cfa_register rbx
    and $-64, %rsp
    sub $P_SIZE, %rsp
    mov %rsp, %r12
    mov %rax, P_RAX(%r12)
    mov %r10, P_R10(%r12)
    mov %rdx, P_REGS+LR_RDX(%r12)
    mov %r8, P_REGS+LR_R8(%r12)
    mov %r9, P_REGS+LR_R9(%r12)
    mov %rcx, P_REGS+LR_RCX(%r12)
    mov %rsi, P_REGS+LR_RSI(%r12)
    mov %rdi, P_REGS+LR_RDI(%r12)
    mov %rbp, P_REGS+LR_RBP(%r12)
    lea 32(%rbx), %rax            /* the return address's slot */
    mov %rax, P_REGS+LR_RSP(%r12)
    movq $-1, P_FRAMESIZE(%r12)
    lea P_REGS+LR_VECTOR(%r12), %rdi
    mov $(LR_SIZE - LR_VECTOR) / 8, %ecx
    xor %eax, %eax
    rep stosq
    PROF_STORE_XMM 0
    PROF_STORE_XMM 1
    PROF_STORE_XMM 2
    PROF_STORE_XMM 3
    PROF_STORE_XMM 4
    PROF_STORE_XMM 5
    PROF_STORE_XMM 6
    PROF_STORE_XMM 7
    .endm

/* XSAVE entry, after XSAVE_STATE: the vector width from XCR0 (the OS
 * enabled XSAVE, so XGETBV is there) into P_VCLASS; the ymm or zmm
 * arguments into lr_vector. Clobbers %rax %rcx %rdx. */
    .macro PROF_STORE_WIDE
    xor %ecx, %ecx
    xgetbv
    mov %eax, %edx
    and $0xe6, %edx               /* SSE, AVX, opmask, ZMM_Hi256, Hi16_ZMM */
    cmp $0xe6, %edx
    je 2f
    and $0x06, %eax               /* SSE, AVX */
    cmp $0x06, %eax
    je 1f
    movq $0, P_VCLASS(%r12)
    jmp 3f
1:  movq $1, P_VCLASS(%r12)
    vmovdqu %ymm0, P_REGS+LR_VECTOR+64*0(%r12)
    vmovdqu %ymm1, P_REGS+LR_VECTOR+64*1(%r12)
    vmovdqu %ymm2, P_REGS+LR_VECTOR+64*2(%r12)
    vmovdqu %ymm3, P_REGS+LR_VECTOR+64*3(%r12)
    vmovdqu %ymm4, P_REGS+LR_VECTOR+64*4(%r12)
    vmovdqu %ymm5, P_REGS+LR_VECTOR+64*5(%r12)
    vmovdqu %ymm6, P_REGS+LR_VECTOR+64*6(%r12)
    vmovdqu %ymm7, P_REGS+LR_VECTOR+64*7(%r12)
    jmp 3f
2:  movq $2, P_VCLASS(%r12)
    vmovdqu64 %zmm0, P_REGS+LR_VECTOR+64*0(%r12)
    vmovdqu64 %zmm1, P_REGS+LR_VECTOR+64*1(%r12)
    vmovdqu64 %zmm2, P_REGS+LR_VECTOR+64*2(%r12)
    vmovdqu64 %zmm3, P_REGS+LR_VECTOR+64*3(%r12)
    vmovdqu64 %zmm4, P_REGS+LR_VECTOR+64*4(%r12)
    vmovdqu64 %zmm5, P_REGS+LR_VECTOR+64*5(%r12)
    vmovdqu64 %zmm6, P_REGS+LR_VECTOR+64*6(%r12)
    vmovdqu64 %zmm7, P_REGS+LR_VECTOR+64*7(%r12)
3:
    .endm

/* The stack is 64-byte aligned here (below the save area). */
    .macro PROF_CALL_FIXUP
    mov 16(%rbx), %rdi            /* link map */
    mov 24(%rbx), %rsi            /* relocation index */
    lea P_REGS(%r12), %rdx
    lea P_FRAMESIZE(%r12), %rcx
    call dryad_profile_fixup
    mov %rax, P_TARGET(%r12)
    .endm

/* Reconciles a 16-byte field `xmm` (at xmm(%r12)) with the low 16 bytes
 * of the 64-byte field `vec`: if xmm differs from `seen`, what we stored
 * there, it goes into vec; else vec's low part goes into xmm. Clobbers
 * %rax %rdx and the flags. */
    .macro PROF_MERGE xmm, seen, vec
    mov \xmm(%r12), %rax
    mov \xmm+8(%r12), %rdx
    cmp \seen(%r12), %rax
    jne 1f
    cmp \seen+8(%r12), %rdx
    jne 1f
    mov \vec(%r12), %rax
    mov \vec+8(%r12), %rdx
    mov %rax, \xmm(%r12)
    mov %rdx, \xmm+8(%r12)
    jmp 2f
1:  mov %rax, \vec(%r12)
    mov %rdx, \vec+8(%r12)
2:
    .endm

    .macro PROF_MERGE_ARGS
    PROF_MERGE P_REGS+LR_XMM+16*0, P_XMM_SEEN+16*0, P_REGS+LR_VECTOR+64*0
    PROF_MERGE P_REGS+LR_XMM+16*1, P_XMM_SEEN+16*1, P_REGS+LR_VECTOR+64*1
    PROF_MERGE P_REGS+LR_XMM+16*2, P_XMM_SEEN+16*2, P_REGS+LR_VECTOR+64*2
    PROF_MERGE P_REGS+LR_XMM+16*3, P_XMM_SEEN+16*3, P_REGS+LR_VECTOR+64*3
    PROF_MERGE P_REGS+LR_XMM+16*4, P_XMM_SEEN+16*4, P_REGS+LR_VECTOR+64*4
    PROF_MERGE P_REGS+LR_XMM+16*5, P_XMM_SEEN+16*5, P_REGS+LR_VECTOR+64*5
    PROF_MERGE P_REGS+LR_XMM+16*6, P_XMM_SEEN+16*6, P_REGS+LR_VECTOR+64*6
    PROF_MERGE P_REGS+LR_XMM+16*7, P_XMM_SEEN+16*7, P_REGS+LR_VECTOR+64*7
    .endm

/* Vector register i from the 64-byte field at off(%r12), as wide as
 * P_VCLASS says. Clobbers the flags. */
    .macro PROF_LOAD_VEC i, off
    cmpq $1, P_VCLASS(%r12)
    jb 1f
    je 2f
    vmovdqu64 \off(%r12), %zmm\i
    jmp 3f
2:  vmovdqu \off(%r12), %ymm\i
    jmp 3f
1:  movaps \off(%r12), %xmm\i
3:
    .endm

/* Vector register i into the 64-byte field at off(%r12), as wide as
 * P_VCLASS says (the xmm part is already there). */
    .macro PROF_STORE_VEC i, off
    cmpq $1, P_VCLASS(%r12)
    jb 3f
    je 2f
    vmovdqu64 %zmm\i, \off(%r12)
    jmp 3f
2:  vmovdqu %ymm\i, \off(%r12)
3:
    .endm

/* After the extended state is restored: the vector arguments. */
    .macro PROF_LOAD_ARG_VECTORS
    PROF_LOAD_VEC 0, P_REGS+LR_VECTOR+64*0
    PROF_LOAD_VEC 1, P_REGS+LR_VECTOR+64*1
    PROF_LOAD_VEC 2, P_REGS+LR_VECTOR+64*2
    PROF_LOAD_VEC 3, P_REGS+LR_VECTOR+64*3
    PROF_LOAD_VEC 4, P_REGS+LR_VECTOR+64*4
    PROF_LOAD_VEC 5, P_REGS+LR_VECTOR+64*5
    PROF_LOAD_VEC 6, P_REGS+LR_VECTOR+64*6
    PROF_LOAD_VEC 7, P_REGS+LR_VECTOR+64*7
    .endm

    .macro PROF_LOAD_ARG_GPRS
    mov P_REGS+LR_RDI(%r12), %rdi
    mov P_REGS+LR_RSI(%r12), %rsi
    mov P_REGS+LR_RDX(%r12), %rdx
    mov P_REGS+LR_RCX(%r12), %rcx
    mov P_REGS+LR_R8(%r12), %r8
    mov P_REGS+LR_R9(%r12), %r9
    mov P_RAX(%r12), %rax
    mov P_R10(%r12), %r10
    .endm

/* Our stack is at %r12 again, the vector arguments loaded: jump to the
 * target (framesize < 0), or call it and pltexit, and return. */
    .macro PROF_DISPATCH
    mov P_FRAMESIZE(%r12), %rcx
    test %rcx, %rcx
    jns 4f
    /* No pltexit: the callee returns straight to the caller. */
    mov P_TARGET(%r12), %r11
    PROF_LOAD_ARG_GPRS
    .cfi_remember_state
    mov %rbx, %rsp
    .cfi_def_cfa_register rsp
    pop %r12
    .cfi_adjust_cfa_offset -8
    .cfi_restore r12
    pop %rbx
    .cfi_adjust_cfa_offset -8
    .cfi_restore rbx
    add $16, %rsp                 /* the link map and the index */
    .cfi_adjust_cfa_offset -16
    jmp *%r11
    .cfi_restore_state
4:  /* framesize bytes of stack arguments, rounded up to 16, copied
     * below our frame (which is 64-byte aligned). */
    add $15, %rcx
    and $-16, %rcx
    sub %rcx, %rsp
    lea 40(%rbx), %rsi            /* above the return address */
    mov %rsp, %rdi
    rep movsb
    PROF_LOAD_ARG_GPRS
    call *P_TARGET(%r12)
    mov %r12, %rsp                /* drop the copied arguments */
    /* La_x86_64_retval: rax rdx, xmm0-1 (and their ymm/zmm), the live
     * x87 registers; the rest zero. */
    mov %rax, P_RETVAL+LRV_RAX(%r12)
    mov %rdx, P_RETVAL+LRV_RDX(%r12)
    lea P_RETVAL+LRV_ST0(%r12), %rdi
    mov $(LRV_SIZE - LRV_ST0) / 8, %ecx
    xor %eax, %eax
    rep stosq
    movaps %xmm0, P_RETVAL+LRV_XMM0(%r12)
    movaps %xmm1, P_RETVAL+LRV_XMM1(%r12)
    movaps %xmm0, P_RET_SEEN(%r12)
    movaps %xmm1, P_RET_SEEN+16(%r12)
    movaps %xmm0, P_RETVAL+LRV_VECTOR0(%r12)
    movaps %xmm1, P_RETVAL+LRV_VECTOR1(%r12)
    PROF_STORE_VEC 0, P_RETVAL+LRV_VECTOR0
    PROF_STORE_VEC 1, P_RETVAL+LRV_VECTOR1
    xor %ecx, %ecx                /* live x87 registers */
    fxam
    fnstsw %ax
    and $0x4500, %ax              /* C3 C2 C0: 1 0 1 is empty */
    cmp $0x4100, %ax
    je 5f
    fstpt P_RETVAL+LRV_ST0(%r12)
    inc %ecx
    fxam
    fnstsw %ax
    and $0x4500, %ax
    cmp $0x4100, %ax
    je 5f
    fstpt P_RETVAL+LRV_ST1(%r12)
    inc %ecx
5:  mov %rcx, P_X87(%r12)
    mov 16(%rbx), %rdi            /* link map */
    mov 24(%rbx), %rsi            /* relocation index */
    lea P_REGS(%r12), %rdx
    lea P_RETVAL(%r12), %rcx
    call dryad_profile_exit       /* %rsp = %r12: 64-byte aligned */
    PROF_MERGE P_RETVAL+LRV_XMM0, P_RET_SEEN, P_RETVAL+LRV_VECTOR0
    PROF_MERGE P_RETVAL+LRV_XMM1, P_RET_SEEN+16, P_RETVAL+LRV_VECTOR1
    PROF_LOAD_VEC 0, P_RETVAL+LRV_VECTOR0
    PROF_LOAD_VEC 1, P_RETVAL+LRV_VECTOR1
    mov P_X87(%r12), %rcx
    cmp $1, %rcx
    jb 6f
    je 7f
    fldt P_RETVAL+LRV_ST1(%r12)
7:  fldt P_RETVAL+LRV_ST0(%r12)
6:  mov P_RETVAL+LRV_RAX(%r12), %rax
    mov P_RETVAL+LRV_RDX(%r12), %rdx
    mov %rbx, %rsp
    .cfi_def_cfa_register rsp
    pop %r12
    .cfi_adjust_cfa_offset -8
    .cfi_restore r12
    pop %rbx
    .cfi_adjust_cfa_offset -8
    .cfi_restore rbx
    add $16, %rsp                 /* the link map and the index */
    .cfi_adjust_cfa_offset -16
    ret
    .endm

    .p2align 4
    .globl dryad_runtime_profile_xsave
    .hidden dryad_runtime_profile_xsave
    .type dryad_runtime_profile_xsave, @function
dryad_runtime_profile_xsave:
    .cfi_startproc
    .cfi_adjust_cfa_offset 16
    PROF_ENTER
    XSAVE_STATE                   /* macros.S; clobbers %eax %edx */
    PROF_STORE_WIDE
    PROF_CALL_FIXUP
    PROF_MERGE_ARGS
    XRSTOR_STATE
    PROF_LOAD_ARG_VECTORS
    PROF_DISPATCH
    .cfi_endproc
    .size dryad_runtime_profile_xsave, . - dryad_runtime_profile_xsave

    .p2align 4
    .globl dryad_runtime_profile_fxsave
    .hidden dryad_runtime_profile_fxsave
    .type dryad_runtime_profile_fxsave, @function
dryad_runtime_profile_fxsave:
    .cfi_startproc
    .cfi_adjust_cfa_offset 16
    PROF_ENTER
    movq $0, P_VCLASS(%r12)       /* no XSAVE: no AVX either */
    sub $512, %rsp
    fxsave (%rsp)
    PROF_CALL_FIXUP
    PROF_MERGE_ARGS
    fxrstor (%rsp)
    add $512, %rsp
    PROF_LOAD_ARG_VECTORS
    PROF_DISPATCH
    .cfi_endproc
    .size dryad_runtime_profile_fxsave, . - dryad_runtime_profile_fxsave

    .section .note.GNU-stack,"",@progbits
