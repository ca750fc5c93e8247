/* Issue 14, stress (b): 1,000 threads, created and joined in batches of
 * 50, each checking its __thread data: the program's (static TLS:
 * initial values, then a write that no other thread of its batch may
 * see) and a dlopen'ed plugin's (dynamic TLS, libtlsdyn.so: a fresh,
 * initialised block per thread). argv[1]: the plugin's directory. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include "stress_common.h"

#define THREADS 1000
#define BATCH 50
static __thread long tl_id = -1;
static __thread char tl_buf[256] = "initial";
static __thread long tl_zero[32];
static int (*bump)(void), (*zero_ok)(void);
static long (*align_ok)(void);
static pthread_barrier_t barrier;

static void *worker(void *arg) {
  long id = (long)arg, ok = 1;
  ok &= tl_id == -1 && strcmp(tl_buf, "initial") == 0;
  for (int i = 0; i < 32; i++) ok &= tl_zero[i] == 0;
  tl_id = id;
  snprintf(tl_buf, sizeof tl_buf, "thread %ld", id);
  for (int i = 0; i < 32; i++) tl_zero[i] = id + i;
  ok &= bump() == 6 && bump() == 7 && zero_ok() == 1 && align_ok() == 1;
  pthread_barrier_wait(&barrier); /* every thread of the batch has written */
  char want[64];
  snprintf(want, sizeof want, "thread %ld", id);
  ok &= tl_id == id && strcmp(tl_buf, want) == 0 && tl_zero[31] == id + 31 && bump() == 8;
  return (void *)ok;
}

int main(int argc, char **argv) {
  char path[4200];
  snprintf(path, sizeof path, "%s/libtlsdyn.so", argc > 1 ? argv[1] : ".");
  void *h = dlopen(path, RTLD_NOW);
  if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
  bump = (int (*)(void))dlsym(h, "dyn_bump");
  zero_ok = (int (*)(void))dlsym(h, "dyn_zero_ok");
  align_ok = (long (*)(void))dlsym(h, "dyn_align_ok");
  if (!bump || !zero_ok || !align_ok) return 1;
  long ok = 0;
  for (long base = 0; base < THREADS; base += BATCH) {
    pthread_t t[BATCH];
    pthread_barrier_init(&barrier, NULL, BATCH);
    for (long i = 0; i < BATCH; i++)
      if (pthread_create(&t[i], NULL, worker, (void *)(base + i))) { printf("pthread_create failed\n"); return 1; }
    for (int i = 0; i < BATCH; i++) { void *r; pthread_join(t[i], &r); ok += (long)r; }
    pthread_barrier_destroy(&barrier);
  }
  int main_ok = tl_id == -1 && strcmp(tl_buf, "initial") == 0 && bump() == 6;
  printf("threads=%d ok=%ld, main thread's data untouched=%d\n", THREADS, ok, main_ok);
  report_peak_rss();
  return ok != THREADS || !main_ok;
}
