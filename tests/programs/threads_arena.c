/* Issue 8: the first malloc of this process happens in six new threads
 * at once (main allocates nothing before pthread_create). Under glibc,
 * pthread_create's _dl_allocate_tls calls calloc in the creating thread
 * first, so malloc is initialised before any thread runs; an ld.so that
 * does not aborted here in about 1% of runs with "malloc assertion
 * failure in __malloc_arena_thread_freeres: a->attached_threads > 0". */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static long sum[6];
static void *worker(void *arg) {
  long id = (long)arg; void *p = malloc(32);
  for (long i = 0; i < 200000; i++) sum[id] += (i ^ id) & 7;
  free(p); return strdup("x");
}
int main(void) {
  pthread_t t[6];
  for (long i = 0; i < 6; i++) pthread_create(&t[i], 0, worker, (void *)i);
  long total = 0;
  for (int i = 0; i < 6; i++) { void *r; pthread_join(t[i], &r); free(r); total += sum[i]; }
  printf("ok %ld\n", total); return 0;
}
