/* Issue 12: TLS descriptors (-mtls-dialect=gnu2). A startup library
   (static TLS), a small plugin (glibc gives it a block in the optional
   static surplus) and a big one (through the DTV), used from the main
   thread, from four threads running at dlopen and from two created
   later; each reports its values, whether the block is static, and
   whether a descriptor call preserved the registers. Argument 1:
   close/open cycles of the big plugin; "vectors" also checks the vector
   registers (glibc before 2.40 does not preserve them in its slow
   path). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
/* %fs:0 holds the thread pointer (GCC 10, bullseye's, lacks
   __builtin_thread_pointer on x86-64). */
static inline char *thread_pointer(void) {
  char *tp;
  __asm__("mov %%fs:0, %0" : "=r"(tp));
  return tp;
}
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int lib_bump(void);
const char *lib_text(void);
int lib_missing_is_null(void);

struct plugin {
  const char *file;
  void *h;
  int (*bump)(void);
  const char *(*text)(void);
  void *(*addr)(void);
  int (*check)(int, int);
};
static struct plugin small = {"libtlsdescsmall.so"}, big = {"libtlsdescbig.so"};
static int vectors, avx;
static pthread_barrier_t go;

static void open_plugin(struct plugin *p) {
  p->h = dlopen(p->file, RTLD_NOW);
  if (!p->h) { printf("dlopen %s: %s\n", p->file, dlerror()); exit(1); }
  p->bump = (int (*)(void))dlsym(p->h, "desc_bump");
  p->text = (const char *(*)(void))dlsym(p->h, "desc_text");
  p->addr = (void *(*)(void))dlsym(p->h, "desc_addr");
  p->check = (int (*)(int, int))dlsym(p->h, "desc_check_regs");
}

static const char *where(void *addr) {
  uintptr_t tp = (uintptr_t)thread_pointer(), a = (uintptr_t)addr;
  return a < tp && tp - a < (1u << 20) ? "static" : "dynamic";
}

static void report(char *out, size_t n, const char *who) {
  /* The first call of a descriptor in this thread: the slow path for a
     block allocated per thread. */
  int rs = small.check(vectors, avx), rb = big.check(vectors, avx);
  int s1 = small.bump(), s2 = small.bump(), b1 = big.bump();
  int l1 = lib_bump();
  snprintf(out, n, "%s: lib %d %s, small %d %d %s %s regs %#x, big %d %s %s regs %#x", who, l1, lib_text(), s1, s2,
           small.text(), where(small.addr()), rs, b1, big.text(), where(big.addr()), rb);
}

static char lines[7][256];
static void *worker(void *arg) {
  long i = (long)arg;
  char who[48];
  snprintf(who, sizeof who, i < 4 ? "thread %ld (running)" : "thread %ld (later)", i);
  if (i < 4) pthread_barrier_wait(&go);
  report(lines[i], sizeof lines[i], who);
  return NULL;
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "vectors") == 0) vectors = 1;
  avx = __builtin_cpu_supports("avx");
  int cycles = argc > 1 ? atoi(argv[1]) : 100;
  printf("lib: %d %s, weak undefined: %s\n", lib_bump(), lib_text(), lib_missing_is_null() ? "null" : "NOT NULL");
  pthread_t t[6];
  pthread_barrier_init(&go, NULL, 5);
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  open_plugin(&small);
  open_plugin(&big);
  pthread_barrier_wait(&go);
  report(lines[6], sizeof lines[6], "main");
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  for (long i = 4; i < 6; i++) {
    pthread_create(&t[i], NULL, worker, (void *)i);
    pthread_join(t[i], NULL);
  }
  puts(lines[6]);
  for (int i = 0; i < 6; i++) puts(lines[i]);
  int bad = 0;
  for (int i = 0; i < cycles; i++) {
    dlclose(big.h);
    open_plugin(&big);
    bad += big.bump() != 12 || big.check(vectors, avx) != 0;
  }
  printf("%d close/open cycles of the big plugin, %d wrong\n", cycles, bad);
  return 0;
}
