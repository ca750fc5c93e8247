/* Issue 12: a plugin whose TLS is reached through TLS descriptors
   (-mtls-dialect=gnu2, R_X86_64_TLSDESC). Built twice: small (16 bytes
   of TLS, which glibc puts in the optional part of the static surplus
   when the plugin is dlopen'ed) and big (TLS_SIZE 8192: too big, so the
   descriptors go through the DTV). `desc_check_regs` calls a descriptor
   by hand with every general register (and, with `vectors`, every
   vector register) holding a pattern, and reports what changed: the
   descriptor's entry must preserve all but %rax. */
#include <stdint.h>
/* %fs:0 holds the thread pointer (GCC 10, bullseye's, lacks
   __builtin_thread_pointer on x86-64). */
static inline char *thread_pointer(void) {
  char *tp;
  __asm__("mov %%fs:0, %0" : "=r"(tp));
  return tp;
}
#include <string.h>
#ifndef TLS_SIZE
#define TLS_SIZE 16
#endif
__thread int desc_counter = 11;
__thread char desc_data[TLS_SIZE] = "descriptor";

int desc_bump(void) { return ++desc_counter; }
const char *desc_text(void) { return desc_data; }
/* The variable's address, so the caller can tell static TLS from a
   block of its own. */
void *desc_addr(void) { return &desc_counter; }

/* 0 when every register came back; else a bit per changed register
   (bit 0..7: rcx rdx rsi rdi r8 r9 r10 r11; bit 8: the vector registers)
   and, in bit 9, a wrong result. */
int desc_check_regs(int vectors, int avx) {
  uint64_t in[8], out[9];
  for (int i = 0; i < 8; i++) in[i] = 0x0123456789abcdefull * (i + 3);
  register uint64_t *pin __asm__("r12") = in;
  register uint64_t *pout __asm__("r13") = out;
  unsigned char vin[16 * 32], vout[16 * 32];
  for (unsigned i = 0; i < sizeof vin; i++) vin[i] = (unsigned char)(i * 7 + 1);
  memset(vout, 0, sizeof vout);
  register unsigned char *pvin __asm__("r14") = vin;
  register unsigned char *pvout __asm__("r15") = vout;
#define LOADV(n) "vmovdqu " #n "*32(%%r14), %%ymm" #n "\n"
#define STOREV(n) "vmovdqu %%ymm" #n ", " #n "*32(%%r15)\n"
#define LOADX(n) "movdqu " #n "*32(%%r14), %%xmm" #n "\n"
#define STOREX(n) "movdqu %%xmm" #n ", " #n "*32(%%r15)\n"
#define ALL(M) M(0) M(1) M(2) M(3) M(4) M(5) M(6) M(7) M(8) M(9) M(10) M(11) M(12) M(13) M(14) M(15)
#define CALL_DESC(LOAD, STORE)                                                           \
  __asm__ volatile(ALL(LOAD) "mov 0(%%r12), %%rcx\n mov 8(%%r12), %%rdx\n mov 16(%%r12), %%rsi\n" \
                   "mov 24(%%r12), %%rdi\n mov 32(%%r12), %%r8\n mov 40(%%r12), %%r9\n"   \
                   "mov 48(%%r12), %%r10\n mov 56(%%r12), %%r11\n"                       \
                   "lea desc_counter@tlsdesc(%%rip), %%rax\n"                            \
                   "call *desc_counter@tlscall(%%rax)\n"                                 \
                   "mov %%rcx, 0(%%r13)\n mov %%rdx, 8(%%r13)\n mov %%rsi, 16(%%r13)\n"  \
                   "mov %%rdi, 24(%%r13)\n mov %%r8, 32(%%r13)\n mov %%r9, 40(%%r13)\n"  \
                   "mov %%r10, 48(%%r13)\n mov %%r11, 56(%%r13)\n mov %%rax, 64(%%r13)\n" ALL(STORE) \
                   :                                                                     \
                   : "r"(pin), "r"(pout), "r"(pvin), "r"(pvout)                          \
                   : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory", "cc", \
                     "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", \
                     "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15")
  if (avx) {
    CALL_DESC(LOADV, STOREV);
  } else {
    CALL_DESC(LOADX, STOREX);
  }
  int bad = 0;
  for (int i = 0; i < 8; i++)
    if (out[i] != in[i]) bad |= 1 << i;
  if (vectors) {
    for (int r = 0; r < 16; r++)
      if (memcmp(vin + r * 32, vout + r * 32, avx ? 32 : 16) != 0) bad |= 1 << 8;
  }
  /* %rax is the variable's offset from the thread pointer. */
  if (thread_pointer() + (intptr_t)out[8] != (char *)&desc_counter) bad |= 1 << 9;
  return bad;
}
