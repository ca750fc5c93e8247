/* The assembly half of the profiling-trampoline harness (harness.c):
 * PLT stand-ins, a caller that sets every register, a target that
 * records every register, a target that returns in every return
 * register, and a function that trashes everything a call may trash. */
#include "harness.h"

    .text

/* Stand-ins for a PLT entry + PLT0: push the relocation index, push the
 * link map (GOT[1]), jump to the trampoline (GOT[2]). */
    .globl plt_xsave
    .type plt_xsave, @function
plt_xsave:
    pushq harness_index(%rip)
    pushq harness_map(%rip)
    jmp dryad_runtime_profile_xsave
    .size plt_xsave, . - plt_xsave

    .globl plt_fxsave
    .type plt_fxsave, @function
plt_fxsave:
    pushq harness_index(%rip)
    pushq harness_map(%rip)
    jmp dryad_runtime_profile_fxsave
    .size plt_fxsave, . - plt_fxsave

/* What the trampoline calls: count calls whose stack is misaligned
 * (%rsp + 8 must be a multiple of 16), then the C functions. */
    .globl dryad_profile_fixup
    .type dryad_profile_fixup, @function
dryad_profile_fixup:
    lea 8(%rsp), %rax
    test $15, %al
    jz 1f
    incl harness_misaligned(%rip)
1:  jmp fixup_impl
    .size dryad_profile_fixup, . - dryad_profile_fixup

    .globl dryad_profile_exit
    .type dryad_profile_exit, @function
dryad_profile_exit:
    lea 8(%rsp), %rax
    test $15, %al
    jz 1f
    incl harness_misaligned(%rip)
1:  jmp exit_impl
    .size dryad_profile_exit, . - dryad_profile_exit

/* Vector registers from/to 64-byte slots at off(base), as wide as
 * harness_vclass says (0: xmm0-15, 1: ymm0-15, 2: zmm0-31). */
    .macro VLOAD off, base
    cmpl $1, harness_vclass(%rip)
    jb 10f
    je 11f
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    vmovdqu64 \off+64*\i(\base), %zmm\i
    .endr
    jmp 12f
11:
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    vmovdqu \off+64*\i(\base), %ymm\i
    .endr
    jmp 12f
10:
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    movups \off+64*\i(\base), %xmm\i
    .endr
12:
    .endm

    .macro VSTORE off, base
    cmpl $1, harness_vclass(%rip)
    jb 10f
    je 11f
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    vmovdqu64 %zmm\i, \off+64*\i(\base)
    .endr
    jmp 12f
11:
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    vmovdqu %ymm\i, \off+64*\i(\base)
    .endr
    jmp 12f
10:
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    movups %xmm\i, \off+64*\i(\base)
    .endr
12:
    .endm

/* zmm/ymm/xmm 0 and 1 from/to off(base), off+64(base). */
    .macro VLOAD01 off, base
    cmpl $1, harness_vclass(%rip)
    jb 10f
    je 11f
    vmovdqu64 \off(\base), %zmm0
    vmovdqu64 \off+64(\base), %zmm1
    jmp 12f
11: vmovdqu \off(\base), %ymm0
    vmovdqu \off+64(\base), %ymm1
    jmp 12f
10: movups \off(\base), %xmm0
    movups \off+64(\base), %xmm1
12:
    .endm

    .macro VSTORE01 off, base
    cmpl $1, harness_vclass(%rip)
    jb 10f
    je 11f
    vmovdqu64 %zmm0, \off(\base)
    vmovdqu64 %zmm1, \off+64(\base)
    jmp 12f
11: vmovdqu %ymm0, \off(\base)
    vmovdqu %ymm1, \off+64(\base)
    jmp 12f
10: movups %xmm0, \off(\base)
    movups %xmm1, \off+64(\base)
12:
    .endm

/* void call_probe(struct ctx *c): calls c->fn with every register and
 * the stack arguments set from c, and records what came back. */
    .globl call_probe
    .type call_probe, @function
call_probe:
    push %rbx
    push %rbp
    push %r12
    push %r13
    push %r14
    push %r15
    mov %rdi, probe_ctx(%rip)
    mov %rsp, probe_host_rsp(%rip)
    mov %rdi, %r11
    /* The stack arguments, %rsp 16-byte aligned at the call. */
    and $-16, %rsp
    mov CTX_NSTACK(%r11), %rcx
    test $1, %rcx
    jz 1f
    sub $8, %rsp
1:  test %rcx, %rcx
    jz 2f
    pushq CTX_STACK-8(%r11,%rcx,8)
    dec %rcx
    jmp 1b
2:  VLOAD CTX_VEC_IN, %r11
    fnclex
    mov CTX_CALLEE_IN+0(%r11), %rbx
    mov CTX_CALLEE_IN+8(%r11), %rbp
    mov CTX_CALLEE_IN+16(%r11), %r12
    mov CTX_CALLEE_IN+24(%r11), %r13
    mov CTX_CALLEE_IN+32(%r11), %r14
    mov CTX_CALLEE_IN+40(%r11), %r15
    mov CTX_GPR_IN+0(%r11), %rdi
    mov CTX_GPR_IN+8(%r11), %rsi
    mov CTX_GPR_IN+16(%r11), %rdx
    mov CTX_GPR_IN+24(%r11), %rcx
    mov CTX_GPR_IN+32(%r11), %r8
    mov CTX_GPR_IN+40(%r11), %r9
    mov CTX_GPR_IN+48(%r11), %rax
    mov CTX_GPR_IN+56(%r11), %r10
    mov %rsp, CTX_RSP_BEFORE(%r11)
    call *CTX_FN(%r11)
    mov probe_ctx(%rip), %r11
    mov %rsp, CTX_RSP_AFTER(%r11)
    mov %rax, CTX_RAX_OUT(%r11)
    mov %rdx, CTX_RDX_OUT(%r11)
    mov %rbx, CTX_CALLEE_OUT+0(%r11)
    mov %rbp, CTX_CALLEE_OUT+8(%r11)
    mov %r12, CTX_CALLEE_OUT+16(%r11)
    mov %r13, CTX_CALLEE_OUT+24(%r11)
    mov %r14, CTX_CALLEE_OUT+32(%r11)
    mov %r15, CTX_CALLEE_OUT+40(%r11)
    VSTORE01 CTX_VEC_OUT, %r11
    fnstsw %ax
    movzwl %ax, %eax
    mov %rax, CTX_FSW_AFTER(%r11)
    /* Count the live x87 registers, the first two stored, all popped. */
    xor %ecx, %ecx
3:  fxam
    fnstsw %ax
    and $0x4500, %ax
    cmp $0x4100, %ax
    je 5f
    cmp $2, %ecx
    jae 4f
    mov %rcx, %rdx
    shl $4, %rdx
    fstpt CTX_ST_OUT(%r11,%rdx)
    inc %ecx
    jmp 3b
4:  fstp %st(0)
    inc %ecx
    cmp $8, %ecx
    jb 3b
5:  mov %rcx, CTX_X87_DEPTH(%r11)
    mov probe_host_rsp(%rip), %rsp
    pop %r15
    pop %r14
    pop %r13
    pop %r12
    pop %rbp
    pop %rbx
    ret
    .size call_probe, . - call_probe

/* A target: records the argument registers, the stack pointer, 8 words
 * of stack arguments, the vector registers and whether st0 is empty in
 * `seen`, then goes on to seen.next with the registers as they were
 * (but %r11 and the flags). */
    .globl target_probe
    .type target_probe, @function
target_probe:
    mov %rdi, seen+SEEN_GPR+0(%rip)
    mov %rsi, seen+SEEN_GPR+8(%rip)
    mov %rdx, seen+SEEN_GPR+16(%rip)
    mov %rcx, seen+SEEN_GPR+24(%rip)
    mov %r8, seen+SEEN_GPR+32(%rip)
    mov %r9, seen+SEEN_GPR+40(%rip)
    mov %rax, seen+SEEN_GPR+48(%rip)
    mov %r10, seen+SEEN_GPR+56(%rip)
    mov %rsp, seen+SEEN_RSP(%rip)
    incq seen+SEEN_CALLS(%rip)
    .irp i,0,1,2,3,4,5,6,7
    mov 8+8*\i(%rsp), %r11
    mov %r11, seen+SEEN_STACK+8*\i(%rip)
    .endr
    lea seen(%rip), %r11
    VSTORE SEEN_VEC, %r11
    fxam
    fnstsw %ax
    movzwl %ax, %eax
    mov %rax, seen+SEEN_FSW(%rip)
    mov seen+SEEN_GPR+48(%rip), %rax
    jmp *seen+SEEN_NEXT(%rip)
    .size target_probe, . - target_probe

/* A target returning retspec's rax, rdx, zmm0/zmm1 (as wide as the
 * vector class) and 0, 1 or 2 x87 values. */
    .globl ret_all
    .type ret_all, @function
ret_all:
    lea retspec(%rip), %r11
    VLOAD01 RET_VEC, %r11
    mov RET_X87N(%r11), %rcx
    cmp $1, %rcx
    jb 2f
    je 1f
    fldt RET_ST+16(%r11)
1:  fldt RET_ST(%r11)
2:  mov RET_RAX(%r11), %rax
    mov RET_RDX(%r11), %rdx
    ret
    .size ret_all, . - ret_all

/* Trashes every register a call may trash (all vector registers as wide
 * as the class, the mask registers, x87 register contents, the
 * caller-saved general registers but %rax). */
    .globl clobber_all
    .type clobber_all, @function
clobber_all:
    lea clobber_pattern(%rip), %r11
    cmpl $1, harness_vclass(%rip)
    jb 10f
    je 11f
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    vmovdqu64 (%r11), %zmm\i
    .endr
    .irp k,1,2,3,4,5,6,7
    kxnorw %k0, %k0, %k\k
    .endr
    jmp 12f
11:
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    vmovdqu (%r11), %ymm\i
    .endr
    jmp 12f
10:
    .irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    movups (%r11), %xmm\i
    .endr
12:
    .rept 8
    fldpi
    .endr
    .rept 8
    fstp %st(0)
    .endr
    mov $-1, %rcx
    mov $-1, %rdx
    mov $-1, %rsi
    mov $-1, %rdi
    mov $-1, %r8
    mov $-1, %r9
    mov $-1, %r10
    mov $-1, %r11
    ret
    .size clobber_all, . - clobber_all

    .section .rodata
    .p2align 6
clobber_pattern:
    .fill 64, 1, 0xa5

    .bss
    .p2align 3
probe_ctx:
    .quad 0
probe_host_rsp:
    .quad 0

    .section .note.GNU-stack,"",@progbits
