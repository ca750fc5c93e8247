/* Shared by harness.c and shim.S: the layouts the assembly reads and
 * writes (checked against offsetof in harness.c). */
#ifndef HARNESS_H
#define HARNESS_H

/* struct ctx: one simulated PLT call made by call_probe (shim.S). */
#define CTX_GPR_IN      0     /* rdi rsi rdx rcx r8 r9 rax r10 */
#define CTX_CALLEE_IN   64    /* rbx rbp r12 r13 r14 r15 */
#define CTX_NSTACK      112   /* stack argument words */
#define CTX_STACK       120   /* 8 words, stack[0] lowest */
#define CTX_FN          184   /* what is called: plt_xsave or plt_fxsave */
#define CTX_RSP_BEFORE  192   /* %rsp at the call instruction */
#define CTX_RAX_OUT     200
#define CTX_RDX_OUT     208
#define CTX_CALLEE_OUT  216   /* rbx rbp r12 r13 r14 r15 after */
#define CTX_RSP_AFTER   264
#define CTX_X87_DEPTH   272   /* x87 registers live after the return */
#define CTX_FSW_AFTER   280   /* x87 status word after the return */
#define CTX_ST_OUT      288   /* st0, st1 after (16 bytes each) */
#define CTX_VEC_IN      320   /* 32 vector registers, 64 bytes each */
#define CTX_VEC_OUT     2368  /* zmm0, zmm1 after */
#define CTX_SIZE        2496

/* struct seen: what target_probe found at the target's entry. */
#define SEEN_GPR        0     /* rdi rsi rdx rcx r8 r9 rax r10 */
#define SEEN_RSP        64
#define SEEN_FSW        72    /* x87 status word after FXAM of st0 */
#define SEEN_STACK      80    /* 8 words above the return address */
#define SEEN_NEXT       144   /* where target_probe goes next */
#define SEEN_CALLS      152
#define SEEN_VEC        192   /* 32 x 64 */
#define SEEN_SIZE       2240

/* struct retspec: what ret_all returns. */
#define RET_RAX         0
#define RET_RDX         8
#define RET_X87N        16    /* 0, 1 or 2 x87 values */
#define RET_ST          32    /* st0, st1 (16 bytes each) */
#define RET_VEC         64    /* zmm0, zmm1 */
#define RET_SIZE        192

#endif
