/* A standalone test of the profiling trampoline (arch/x86_64/profile.S),
 * without dryad: this program links profile.S and macros.S, defines what
 * they need (dryad_xsave_size, dryad_profile_fixup, dryad_profile_exit)
 * and simulates PLT calls (shim.S: push the index, push the link map,
 * jump to the trampoline), through both entries:
 *
 *   args     6 integer + 8 double arguments, a variadic count in %rax
 *            and %r10: what the fixup sees in La_x86_64_regs, changes it
 *            makes (lr_rsi, lr_xmm[2], lr_vector[3], ymm/zmm upper parts)
 *            reach the target, the rest of every vector register
 *            (xmm0-15 / ymm / zmm0-31) arrives intact though the fixup
 *            trashes them; framesize -1 (no exit) and 0
 *   stack    10 integer arguments, 4 on the stack, framesize 64 and 33,
 *            and 11 with framesize 40: they are copied; exit sees the
 *            return value and changes it
 *   retregs  a target returning rax, rdx, xmm0/xmm1 (ymm, zmm) and 0, 1,
 *            2 x87 values: exit sees them, its changes reach the caller,
 *            the x87 stack is as deep as the callee left it
 *   c-abi    compiled calls of functions returning a struct in rax:rdx, a
 *            double and a long double (its argument on the stack)
 *
 * After each call: callee-saved registers and %rsp intact, the stack
 * 16-byte aligned at every call the trampoline makes. Prints "ok ..."
 * lines; exits 1 on any failure. */
#define _GNU_SOURCE
#include <cpuid.h>
#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"

struct ctx {
    uint64_t gpr_in[8];
    uint64_t callee_in[6];
    uint64_t nstack;
    uint64_t stack[8];
    void *fn;
    uint64_t rsp_before;
    uint64_t rax_out, rdx_out;
    uint64_t callee_out[6];
    uint64_t rsp_after;
    uint64_t x87_depth;
    uint64_t fsw_after;
    long double st_out[2];
    _Alignas(64) unsigned char vec_in[32][64];
    unsigned char vec_out[2][64];
};
struct seen {
    uint64_t gpr[8];
    uint64_t rsp;
    uint64_t fsw;
    uint64_t stack[8];
    void *next;
    uint64_t calls;
    _Alignas(64) unsigned char vec[32][64];
};
struct retspec {
    uint64_t rax, rdx, x87n;
    long double st[2];
    unsigned char vec[2][64];
};
_Static_assert(offsetof(struct ctx, callee_in) == CTX_CALLEE_IN, "");
_Static_assert(offsetof(struct ctx, nstack) == CTX_NSTACK, "");
_Static_assert(offsetof(struct ctx, stack) == CTX_STACK, "");
_Static_assert(offsetof(struct ctx, fn) == CTX_FN, "");
_Static_assert(offsetof(struct ctx, rsp_before) == CTX_RSP_BEFORE, "");
_Static_assert(offsetof(struct ctx, rax_out) == CTX_RAX_OUT, "");
_Static_assert(offsetof(struct ctx, rdx_out) == CTX_RDX_OUT, "");
_Static_assert(offsetof(struct ctx, callee_out) == CTX_CALLEE_OUT, "");
_Static_assert(offsetof(struct ctx, rsp_after) == CTX_RSP_AFTER, "");
_Static_assert(offsetof(struct ctx, x87_depth) == CTX_X87_DEPTH, "");
_Static_assert(offsetof(struct ctx, fsw_after) == CTX_FSW_AFTER, "");
_Static_assert(offsetof(struct ctx, st_out) == CTX_ST_OUT, "");
_Static_assert(offsetof(struct ctx, vec_in) == CTX_VEC_IN, "");
_Static_assert(offsetof(struct ctx, vec_out) == CTX_VEC_OUT, "");
_Static_assert(sizeof(struct ctx) == CTX_SIZE, "");
_Static_assert(offsetof(struct seen, rsp) == SEEN_RSP, "");
_Static_assert(offsetof(struct seen, fsw) == SEEN_FSW, "");
_Static_assert(offsetof(struct seen, stack) == SEEN_STACK, "");
_Static_assert(offsetof(struct seen, next) == SEEN_NEXT, "");
_Static_assert(offsetof(struct seen, calls) == SEEN_CALLS, "");
_Static_assert(offsetof(struct seen, vec) == SEEN_VEC, "");
_Static_assert(sizeof(struct seen) == SEEN_SIZE, "");
_Static_assert(offsetof(struct retspec, x87n) == RET_X87N, "");
_Static_assert(offsetof(struct retspec, st) == RET_ST, "");
_Static_assert(offsetof(struct retspec, vec) == RET_VEC, "");
_Static_assert(sizeof(struct retspec) == RET_SIZE, "");

/* The offsets profile.S states (its .set constants), from <link.h>. */
_Static_assert(offsetof(La_x86_64_regs, lr_rdx) == 0, "");
_Static_assert(offsetof(La_x86_64_regs, lr_r8) == 8, "");
_Static_assert(offsetof(La_x86_64_regs, lr_r9) == 16, "");
_Static_assert(offsetof(La_x86_64_regs, lr_rcx) == 24, "");
_Static_assert(offsetof(La_x86_64_regs, lr_rsi) == 32, "");
_Static_assert(offsetof(La_x86_64_regs, lr_rdi) == 40, "");
_Static_assert(offsetof(La_x86_64_regs, lr_rbp) == 48, "");
_Static_assert(offsetof(La_x86_64_regs, lr_rsp) == 56, "");
_Static_assert(offsetof(La_x86_64_regs, lr_xmm) == 64, "");
_Static_assert(offsetof(La_x86_64_regs, lr_vector) == 192, "");
_Static_assert(offsetof(La_x86_64_regs, __glibc_unused1) == 704, "");
_Static_assert(sizeof(La_x86_64_regs) == 768, "");
_Static_assert(offsetof(La_x86_64_retval, lrv_rax) == 0, "");
_Static_assert(offsetof(La_x86_64_retval, lrv_rdx) == 8, "");
_Static_assert(offsetof(La_x86_64_retval, lrv_xmm0) == 16, "");
_Static_assert(offsetof(La_x86_64_retval, lrv_xmm1) == 32, "");
_Static_assert(offsetof(La_x86_64_retval, lrv_st0) == 48, "");
_Static_assert(offsetof(La_x86_64_retval, lrv_st1) == 64, "");
_Static_assert(offsetof(La_x86_64_retval, lrv_vector0) == 80, "");
_Static_assert(offsetof(La_x86_64_retval, lrv_vector1) == 144, "");
_Static_assert(offsetof(La_x86_64_retval, __glibc_unused1) == 208, "");
_Static_assert(offsetof(La_x86_64_retval, __glibc_unused2) == 224, "");
_Static_assert(sizeof(La_x86_64_retval) == 240, "");

/* What profile.S and shim.S use. */
size_t dryad_xsave_size;
uint64_t harness_index, harness_map;
int harness_misaligned;
int harness_vclass;           /* 0: xmm0-15, 1: ymm0-15, 2: zmm0-31 */
struct seen seen;
struct retspec retspec;

void call_probe(struct ctx *);
void target_probe(void);
void ret_all(void);
void clobber_all(void);
void plt_xsave(void);
void plt_fxsave(void);
void dryad_runtime_profile_xsave(void);

static int failures;
#define CHECK(cond, ...) do if (!(cond)) { \
    failures++; printf("FAIL %s:%d %s: ", __FILE__, __LINE__, cur_name); \
    printf(__VA_ARGS__); printf("\n"); } while (0)

/* The scenario the fixup and the exit follow, and what they saw. */
static const char *cur_name = "";
static long cur_framesize;
static void *cur_target;
static void (*cur_enter)(La_x86_64_regs *);
static void (*cur_leave)(const La_x86_64_regs *, La_x86_64_retval *);
static int fixup_calls, exit_calls;
static uint64_t fixup_map, fixup_index, exit_map, exit_index;
static La_x86_64_regs fixup_regs, exit_regs;
static La_x86_64_retval exit_retval;
static const void *fixup_regs_at, *exit_regs_at, *exit_retval_at;
static uint64_t fixup_stack[4];   /* lr_rsp[1..4]: the stack arguments */

uintptr_t fixup_impl(uintptr_t map, uintptr_t index, La_x86_64_regs *regs, long *framesize)
{
    fixup_calls++;
    fixup_map = map;
    fixup_index = index;
    fixup_regs_at = regs;
    memcpy(&fixup_regs, regs, sizeof fixup_regs);
    memcpy(fixup_stack, (uint64_t *)regs->lr_rsp + 1, sizeof fixup_stack);
    if (*framesize != -1)
        CHECK(0, "*framesize is %ld before the fixup, not -1", *framesize);
    if (cur_enter)
        cur_enter(regs);
    clobber_all();
    *framesize = cur_framesize;
    return (uintptr_t)cur_target;
}

void exit_impl(uintptr_t map, uintptr_t index, const La_x86_64_regs *regs, La_x86_64_retval *ret)
{
    exit_calls++;
    exit_map = map;
    exit_index = index;
    exit_regs_at = regs;
    exit_retval_at = ret;
    memcpy(&exit_regs, regs, sizeof exit_regs);
    memcpy(&exit_retval, ret, sizeof exit_retval);
    if (cur_leave)
        cur_leave(regs, ret);
    clobber_all();
}

static int detected_vclass;   /* of this CPU (XCR0) */
static int width;             /* bytes of a vector register that survive */
static int nvec;              /* vector registers there are */
static int use_xsave;

static void detect(void)
{
    unsigned a, b, c, d;
    __cpuid(1, a, b, c, d);
    if (!(c & (1u << 27))) {
        printf("no XSAVE: only the fxsave entry is tested\n");
        return;
    }
    __cpuid_count(0xd, 0, a, b, c, d);
    size_t size = (b + 63) & ~(size_t)63;
    dryad_xsave_size = size < 576 ? 576 : size;
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 0xe6) == 0xe6)
        detected_vclass = 2;
    else if ((lo & 6) == 6)
        detected_vclass = 1;
#ifdef MAX_VCLASS
    /* A build whose profile.S was made to ignore AVX-512 (Makefile),
     * to test its ymm path on a machine with zmm registers. */
    if (detected_vclass > MAX_VCLASS)
        detected_vclass = MAX_VCLASS;
#endif
    printf("xsave area %zu bytes, vector class %d (XCR0 %#x)\n", dryad_xsave_size, detected_vclass, lo);
}

/* One entry: the stand-in PLT, and what survives it (through the fxsave
 * entry the upper parts of vector registers are not saved). */
static void *entry(int xsave)
{
    use_xsave = xsave;
    harness_vclass = detected_vclass;
    /* xmm16-31 exist only with AVX-512, where the xsave entry is used:
     * FXSAVE does not cover them. */
    nvec = xsave && detected_vclass == 2 ? 32 : 16;
    width = xsave ? 16 << detected_vclass : 16;
    return xsave ? (void *)plt_xsave : (void *)plt_fxsave;
}

static void begin(const char *name, long framesize, void *target,
                  void (*enter)(La_x86_64_regs *),
                  void (*leave)(const La_x86_64_regs *, La_x86_64_retval *))
{
    static char buf[128];
    snprintf(buf, sizeof buf, "%s (%s)", name, use_xsave ? "xsave" : "fxsave");
    cur_name = buf;
    cur_framesize = framesize;
    cur_target = target;
    cur_enter = enter;
    cur_leave = leave;
    fixup_calls = exit_calls = 0;
    harness_misaligned = 0;
    harness_map = 0x7f00123400 + (uint64_t)framesize;
    harness_index = 17 + (uint64_t)(framesize & 0xff);
    memset(&seen, 0, sizeof seen);
}

static void fill_ctx(struct ctx *c, void *fn)
{
    memset(c, 0, sizeof *c);
    c->fn = fn;
    for (int i = 0; i < 8; i++)
        c->gpr_in[i] = 0x1000000000000000ull * (i + 1) + 0x1111 * (i + 1);
    c->gpr_in[6] = 8;                       /* %rax: 8 vector registers (variadic) */
    c->gpr_in[7] = 0xdeadbeefcafef00dull;   /* %r10 */
    for (int i = 0; i < 6; i++)
        c->callee_in[i] = 0xc0ffee0000000000ull + 0x10101 * (i + 1);
    for (int i = 0; i < 32; i++) {
        for (int j = 0; j < 64; j++)
            c->vec_in[i][j] = (unsigned char)(i * 64 + j + 1) ^ 0x5c;
        if (i < 8) {
            double d = 1.5 * (i + 1);
            memcpy(c->vec_in[i], &d, 8);
        }
    }
}

/* The checks every call shares: the fixup's view, the return. */
static void common_checks(struct ctx *c, int want_exit)
{
    CHECK(fixup_calls == 1, "%d fixup calls", fixup_calls);
    CHECK(exit_calls == (want_exit ? 1 : 0), "%d exit calls, wanted %d", exit_calls, want_exit);
    CHECK(fixup_map == harness_map && fixup_index == harness_index, "fixup got map %#lx index %lu", fixup_map, fixup_index);
    if (want_exit)
        CHECK(exit_map == harness_map && exit_index == harness_index, "exit got map %#lx index %lu", exit_map, exit_index);
    CHECK(harness_misaligned == 0, "%d calls with a misaligned stack", harness_misaligned);
    CHECK(((uintptr_t)fixup_regs_at & 63) == 0, "La_x86_64_regs at %p", fixup_regs_at);
    if (want_exit) {
        CHECK(exit_regs_at == fixup_regs_at, "exit's regs %p, fixup's %p", exit_regs_at, fixup_regs_at);
        CHECK(((uintptr_t)exit_retval_at & 15) == 0, "La_x86_64_retval at %p", exit_retval_at);
    }
    const uint64_t *in = c->gpr_in;
    CHECK(fixup_regs.lr_rdi == in[0] && fixup_regs.lr_rsi == in[1] && fixup_regs.lr_rdx == in[2]
              && fixup_regs.lr_rcx == in[3] && fixup_regs.lr_r8 == in[4] && fixup_regs.lr_r9 == in[5],
          "La_x86_64_regs integer arguments differ");
    CHECK(fixup_regs.lr_rbp == c->callee_in[1], "lr_rbp %#lx", fixup_regs.lr_rbp);
    CHECK(fixup_regs.lr_rsp == c->rsp_before - 8, "lr_rsp %#lx, the return address is at %#lx", fixup_regs.lr_rsp, c->rsp_before - 8);
    static const unsigned char zero[64];
    for (int i = 0; i < 8; i++) {
        CHECK(memcmp(&fixup_regs.lr_xmm[i], c->vec_in[i], 16) == 0, "lr_xmm[%d]", i);
        CHECK(memcmp(&fixup_regs.lr_vector[i], c->vec_in[i], width) == 0, "lr_vector[%d] (%d bytes)", i, width);
        CHECK(memcmp((char *)&fixup_regs.lr_vector[i] + width, zero, 64 - width) == 0, "lr_vector[%d] beyond %d bytes not zero", i, width);
    }
    CHECK(memcmp(fixup_regs.__glibc_unused1, zero, sizeof fixup_regs.__glibc_unused1) == 0, "lr_bnd not zero");
    CHECK(memcmp(c->callee_out, c->callee_in, sizeof c->callee_in) == 0, "callee-saved registers changed");
    CHECK(c->rsp_after == c->rsp_before, "%%rsp %#lx after the call, %#lx before", c->rsp_after, c->rsp_before);
    CHECK((c->fsw_after & 0x41) == 0, "x87 status %#lx after the call (invalid/stack fault)", c->fsw_after);
    CHECK((seen.fsw & 0x4500) == 0x4100 || seen.calls == 0, "x87 stack not empty at the target (status %#lx)", seen.fsw);
    if (seen.calls) {
        if (want_exit)
            CHECK(seen.rsp % 16 == 8 && seen.rsp != c->rsp_before - 8, "target's %%rsp %#lx (caller's %#lx)", seen.rsp, c->rsp_before);
        else
            CHECK(seen.rsp == c->rsp_before - 8, "target's %%rsp %#lx, wanted the caller's return address slot %#lx", seen.rsp, c->rsp_before - 8);
    }
}

/* The vector registers at the target: as the caller set them, with
 * `mods` (expected register contents) for 0..7. */
static void check_vectors(unsigned char expect[8][64], struct ctx *c)
{
    for (int i = 0; i < nvec; i++) {
        const unsigned char *want = i < 8 ? expect[i] : c->vec_in[i];
        CHECK(memcmp(seen.vec[i], want, width) == 0, "vector register %d at the target (first %d bytes)", i, width);
    }
}

/* args: 6 integer, 8 double arguments. */
static uint64_t tgt_args(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e, uint64_t f,
                         double d0, double d1, double d2, double d3, double d4, double d5, double d6, double d7)
{
    double s = d0 + 2 * d1 + 3 * d2 + 4 * d3 + 5 * d4 + 6 * d5 + 7 * d6 + 8 * d7;
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + (uint64_t)(int64_t)(s * 16);
}

static const uint64_t xmm2_new[2] = { 0x4045000000000000ull /* 42.0 */, 0x0123456789abcdefull };
static const double xmm3_new = -3.25;

static void enter_args(La_x86_64_regs *r)
{
    r->lr_rsi += 1000;
    memcpy(&r->lr_xmm[2], xmm2_new, 16);
    memcpy(&r->lr_vector[3], &xmm3_new, 8);          /* through lr_vector */
    memset((char *)&r->lr_vector[5] + 16, 0x5a, 16); /* ymm5's upper half */
    memset((char *)&r->lr_vector[6] + 32, 0x6b, 32); /* zmm6's upper half */
}

static void test_args(int xsave)
{
    void *fn = entry(xsave);
    for (long fs = -1; fs <= 0; fs++) {
        int before = failures;
        struct ctx c;
        fill_ctx(&c, fn);
        begin("args", fs, (void *)target_probe, enter_args, NULL);
        seen.next = (void *)tgt_args;
        call_probe(&c);
        common_checks(&c, fs >= 0);
        const uint64_t *in = c.gpr_in;
        CHECK(seen.calls == 1, "target called %lu times", seen.calls);
        CHECK(seen.gpr[0] == in[0] && seen.gpr[1] == in[1] + 1000 && seen.gpr[2] == in[2] && seen.gpr[3] == in[3]
                  && seen.gpr[4] == in[4] && seen.gpr[5] == in[5],
              "integer arguments at the target (rsi %#lx)", seen.gpr[1]);
        CHECK(seen.gpr[6] == 8, "%%rax at the target %#lx", seen.gpr[6]);
        CHECK(seen.gpr[7] == in[7], "%%r10 at the target %#lx", seen.gpr[7]);
        unsigned char expect[8][64];
        memcpy(expect, c.vec_in, sizeof expect);
        memcpy(expect[2], xmm2_new, 16);
        memcpy(expect[3], &xmm3_new, 8);
        if (width >= 32)
            memset(expect[5] + 16, 0x5a, 16);
        if (width == 64)
            memset(expect[6] + 32, 0x6b, 32);
        check_vectors(expect, &c);
        double d[8];
        for (int i = 0; i < 8; i++)
            memcpy(&d[i], expect[i], 8);
        uint64_t want = tgt_args(in[0], in[1] + 1000, in[2], in[3], in[4], in[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
        CHECK(c.rax_out == want, "returned %#lx, wanted %#lx", c.rax_out, want);
        CHECK(c.x87_depth == 0, "x87 depth %lu after", c.x87_depth);
        if (fs >= 0) {
            /* pltexit sees the arguments as the target got them, lr_xmm
             * and lr_vector agreeing. */
            CHECK(exit_regs.lr_rsi == in[1] + 1000, "exit's lr_rsi");
            for (int i = 0; i < 8; i++) {
                CHECK(memcmp(&exit_regs.lr_xmm[i], expect[i], 16) == 0, "exit's lr_xmm[%d]", i);
                CHECK(memcmp(&exit_regs.lr_vector[i], &exit_regs.lr_xmm[i], 16) == 0, "exit's lr_vector[%d] and lr_xmm differ", i);
            }
            CHECK(exit_retval.lrv_rax == want, "exit's lrv_rax %#lx", exit_retval.lrv_rax);
        }
        if (failures == before)
            printf("ok args framesize %ld (%s)\n", fs, xsave ? "xsave" : "fxsave");
    }
}

/* stack: 10 integer arguments, 4 on the stack. */
static uint64_t tgt_stack(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e, uint64_t f,
                          uint64_t g, uint64_t h, uint64_t i, uint64_t j)
{
    return a + 3 * b + 5 * c + 7 * d + 11 * e + 13 * f + 17 * g + 19 * h + 23 * i + 29 * j;
}

/* 11 arguments, 5 on the stack (framesize 40: rounding down would lose one). */
static uint64_t tgt_stack11(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e, uint64_t f,
                            uint64_t g, uint64_t h, uint64_t i, uint64_t j, uint64_t k)
{
    return tgt_stack(a, b, c, d, e, f, g, h, i, j) + 31 * k;
}

static void enter_stack(La_x86_64_regs *r) { r->lr_rdi += 1; }
static void leave_stack(const La_x86_64_regs *r, La_x86_64_retval *v) { (void)r; v->lrv_rax += 7; }

static void test_stack(int xsave)
{
    void *fn = entry(xsave);
    /* 10 arguments with framesize 64 and 33, 11 with framesize 40. */
    long sizes[] = { 64, 33, 40 };
    for (int k = 0; k < 3; k++) {
        int before = failures;
        int nstack = k < 2 ? 4 : 5;
        struct ctx c;
        fill_ctx(&c, fn);
        c.nstack = nstack;
        for (int i = 0; i < nstack; i++)
            c.stack[i] = 0x5555000000000000ull + 0x100 * (i + 7);
        begin("stack", sizes[k], (void *)target_probe, enter_stack, leave_stack);
        seen.next = nstack == 4 ? (void *)tgt_stack : (void *)tgt_stack11;
        call_probe(&c);
        common_checks(&c, 1);
        const uint64_t *in = c.gpr_in;
        CHECK(memcmp(fixup_stack, c.stack, 32) == 0, "the fixup's lr_rsp[1..4] are not the stack arguments");
        CHECK(memcmp(seen.stack, c.stack, 8 * nstack) == 0, "stack arguments at the target: %#lx %#lx %#lx %#lx %#lx",
              seen.stack[0], seen.stack[1], seen.stack[2], seen.stack[3], seen.stack[4]);
        CHECK(seen.gpr[0] == in[0] + 1 && seen.gpr[6] == 8 && seen.gpr[7] == in[7], "registers at the target");
        check_vectors(c.vec_in, &c);
        uint64_t want = tgt_stack(in[0] + 1, in[1], in[2], in[3], in[4], in[5], c.stack[0], c.stack[1], c.stack[2], c.stack[3]);
        if (nstack == 5)
            want += 31 * c.stack[4];
        CHECK(exit_retval.lrv_rax == want, "exit's lrv_rax %#lx, wanted %#lx", exit_retval.lrv_rax, want);
        CHECK(c.rax_out == want + 7, "returned %#lx, wanted exit's %#lx", c.rax_out, want + 7);
        if (failures == before)
            printf("ok %d stack arguments, framesize %ld (%s)\n", nstack, sizes[k], xsave ? "xsave" : "fxsave");
    }
}

/* retregs: every return register. */
static long double st0_new = 100.0L;
static const uint64_t xmm1_low_new = 0x1111111111111111ull;
static void leave_ret(const La_x86_64_regs *r, La_x86_64_retval *v)
{
    (void)r;
    v->lrv_rdx ^= 0xff;
    memcpy(&v->lrv_xmm1, &xmm1_low_new, 8);
    memset((char *)&v->lrv_vector0 + 16, 0xc3, 16);
    v->lrv_st0 = st0_new;
}

static void test_retregs(int xsave)
{
    void *fn = entry(xsave);
    for (int fs = -1; fs <= 0; fs++)
        for (int n = 0; n <= 2; n++) {
            int before = failures;
            struct ctx c;
            fill_ctx(&c, fn);
            begin(fs < 0 ? "retregs, no exit" : "retregs", fs, (void *)ret_all, NULL, leave_ret);
            memset(&retspec, 0, sizeof retspec);
            retspec.rax = 0xaaaa0000aaaa0001ull;
            retspec.rdx = 0xbbbb0000bbbb0002ull;
            retspec.x87n = n;
            retspec.st[0] = 3.25L;
            retspec.st[1] = -7.5L;
            for (int j = 0; j < 64; j++) {
                retspec.vec[0][j] = 0x10 + j;
                retspec.vec[1][j] = 0x80 + j;
            }
            call_probe(&c);
            common_checks(&c, fs >= 0);
            unsigned char want0[64], want1[64];
            memcpy(want0, retspec.vec[0], 64);
            memcpy(want1, retspec.vec[1], 64);
            uint64_t want_rdx = retspec.rdx;
            if (fs >= 0) {
                static const unsigned char zero[64];
                CHECK(exit_retval.lrv_rax == retspec.rax && exit_retval.lrv_rdx == retspec.rdx, "exit's lrv_rax/rdx");
                CHECK(memcmp(&exit_retval.lrv_xmm0, retspec.vec[0], 16) == 0, "exit's lrv_xmm0");
                CHECK(memcmp(&exit_retval.lrv_xmm1, retspec.vec[1], 16) == 0, "exit's lrv_xmm1");
                CHECK(memcmp(&exit_retval.lrv_vector0, retspec.vec[0], width) == 0
                          && memcmp((char *)&exit_retval.lrv_vector0 + width, zero, 64 - width) == 0, "exit's lrv_vector0");
                CHECK(memcmp(&exit_retval.lrv_vector1, retspec.vec[1], width) == 0
                          && memcmp((char *)&exit_retval.lrv_vector1 + width, zero, 64 - width) == 0, "exit's lrv_vector1");
                CHECK(exit_retval.lrv_st0 == (n >= 1 ? 3.25L : 0), "exit's lrv_st0 %Lg", exit_retval.lrv_st0);
                CHECK(exit_retval.lrv_st1 == (n == 2 ? -7.5L : 0), "exit's lrv_st1 %Lg", exit_retval.lrv_st1);
                CHECK(memcmp(&exit_retval.__glibc_unused1, zero, 32) == 0, "exit's lrv_bnd0/1 not zero");
                want_rdx ^= 0xff;
                memcpy(want1, &xmm1_low_new, 8);
                if (width >= 32)
                    memset(want0 + 16, 0xc3, 16);
            }
            CHECK(c.rax_out == retspec.rax, "rax %#lx after", c.rax_out);
            CHECK(c.rdx_out == want_rdx, "rdx %#lx after, wanted %#lx", c.rdx_out, want_rdx);
            CHECK(memcmp(c.vec_out[0], want0, width) == 0, "vector 0 after (%d bytes)", width);
            CHECK(memcmp(c.vec_out[1], want1, width) == 0, "vector 1 after (%d bytes)", width);
            CHECK(c.x87_depth == (uint64_t)n, "x87 depth %lu after, the callee left %d", c.x87_depth, n);
            if (n >= 1)
                CHECK(c.st_out[0] == (fs >= 0 ? st0_new : 3.25L), "st0 %Lg after", c.st_out[0]);
            if (n == 2)
                CHECK(c.st_out[1] == -7.5L, "st1 %Lg after", c.st_out[1]);
            if (failures == before)
                printf("ok return registers, %d x87 value(s), framesize %d (%s)\n", n, fs, xsave ? "xsave" : "fxsave");
        }
}

/* c-abi: functions the compiler calls. */
struct pair { long a, b; };
static struct pair tgt_pair(long x, long y) { return (struct pair){ x * 3, y - 1 }; }
static double tgt_double(double x, double y) { return x * y; }
static long double tgt_ldouble(long double x, int k) { return x * k; }

static void leave_pair(const La_x86_64_regs *r, La_x86_64_retval *v) { (void)r; v->lrv_rdx += 100; }
static void leave_double(const La_x86_64_regs *r, La_x86_64_retval *v)
{
    (void)r;
    double d;
    memcpy(&d, &v->lrv_xmm0, 8);
    d += 1;
    memcpy(&v->lrv_xmm0, &d, 8);
}
static void leave_ldouble(const La_x86_64_regs *r, La_x86_64_retval *v) { (void)r; v->lrv_st0 += 0.5L; }
static void enter_double(La_x86_64_regs *r)
{
    double y = 4.0;
    memcpy(&r->lr_xmm[1], &y, 8);
}

static void test_cabi(int xsave)
{
    void *fn = entry(xsave);
    for (long fs = -1; fs <= 16; fs += 17) {
        int before = failures;
        int x = fs >= 0;
        begin("c-abi pair", fs, (void *)tgt_pair, NULL, leave_pair);
        struct pair (*volatile fp)(long, long) = (struct pair (*)(long, long))fn;
        struct pair p = fp(5, 9);
        CHECK(p.a == 15 && p.b == (x ? 108 : 8), "pair %ld %ld", p.a, p.b);
        CHECK(fixup_calls == 1 && exit_calls == x, "fixup %d exit %d", fixup_calls, exit_calls);
        if (x)
            CHECK(exit_retval.lrv_rax == 15 && exit_retval.lrv_rdx == 8, "exit saw %ld %ld", exit_retval.lrv_rax, exit_retval.lrv_rdx);

        begin("c-abi double", fs, (void *)tgt_double, enter_double, leave_double);
        double (*volatile fd)(double, double) = (double (*)(double, double))fn;
        double d = fd(2.5, 3.0);
        CHECK(d == (x ? 11.0 : 10.0), "double %g", d);
        CHECK(fixup_calls == 1 && exit_calls == x, "fixup %d exit %d", fixup_calls, exit_calls);

        begin("c-abi long double", fs, (void *)tgt_ldouble, NULL, leave_ldouble);
        long double (*volatile fl)(long double, int) = (long double (*)(long double, int))fn;
        long double l = fl(1.25L, 3);
        CHECK(l == (x ? 4.25L : 3.75L), "long double %Lg", l);
        CHECK(fixup_calls == 1 && exit_calls == x, "fixup %d exit %d", fixup_calls, exit_calls);
        CHECK(*(long double *)fixup_stack == 1.25L, "the long double argument on the stack");
        if (x)
            CHECK(exit_retval.lrv_st0 == 3.75L, "exit saw %Lg", exit_retval.lrv_st0);
        CHECK(harness_misaligned == 0, "%d calls with a misaligned stack", harness_misaligned);
        if (failures == before)
            printf("ok c-abi struct/double/long double returns, framesize %ld (%s)\n", fs, xsave ? "xsave" : "fxsave");
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    detect();
    for (int xsave = dryad_xsave_size ? 1 : 0; xsave >= 0; xsave--) {
        test_args(xsave);
        test_stack(xsave);
        test_retregs(xsave);
        test_cabi(xsave);
    }
    if (failures) {
        printf("%d failure(s)\n", failures);
        return 1;
    }
    printf("ok all\n");
    return 0;
}
