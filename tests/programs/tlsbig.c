/* 4 MiB of static TLS in the program and four threads that check theirs
 * (tests/extremes.rs, issue 14): under a low `ulimit -v` the initial
 * thread's TLS, then the threads' stacks and TLS, stop fitting. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static __thread char big[4 << 20];
static __thread int marker = 7;

static void *check(void *arg) {
  long id = (long)arg;
  long ok = big[0] == 0 && big[sizeof big - 1] == 0 && marker == 7;
  big[0] = (char)id; big[sizeof big - 1] = (char)id; marker = (int)id;
  return (void *)(long)(ok && big[0] == (char)id && marker == id);
}

int main(void) {
  big[0] = 1; marker = 8;
  pthread_t t[4];
  pthread_attr_t attr; /* 6 MiB stacks (the 4 MiB of TLS live in them), whatever `ulimit -s` says */
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 6 << 20);
  long ok = 0;
  for (long i = 0; i < 4; i++) {
    int r = pthread_create(&t[i], &attr, check, (void *)(i + 10));
    if (r) { printf("pthread_create: %s\n", strerror(r)); return 1; }
  }
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); ok += (long)r; }
  printf("threads ok=%ld/4, main kept big[0]=%d marker=%d\n", ok, big[0], marker);
  return ok != 4;
}
