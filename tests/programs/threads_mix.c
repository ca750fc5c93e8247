/* Issue 8: a threaded program of the ordinary kind: six workers with
 * __thread data (initialised and zeroed), a pthread key with a
 * destructor, a barrier, a condition variable, strings handed back to
 * main, and a thread cancelled while it waits. Every thread's first
 * malloc races the others'. Prints the same lines under any ld.so. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define WORKERS 6
static __thread long tl_counter = 7;      /* .tdata */
static __thread char tl_buf[64];          /* .tbss */
static pthread_key_t key;
static pthread_barrier_t barrier;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, destructed, bad_tls;

static void destroy(void *p) {
  pthread_mutex_lock(&mu); destructed++; pthread_mutex_unlock(&mu);
  free(p);
}

static void *worker(void *arg) {
  long id = (long)arg;
  if (tl_counter != 7 || tl_buf[0] != 0) { pthread_mutex_lock(&mu); bad_tls++; pthread_mutex_unlock(&mu); }
  char *mine = malloc(40 + id);
  snprintf(mine, 40 + id, "worker %ld", id);
  pthread_setspecific(key, mine);
  pthread_barrier_wait(&barrier);
  for (long i = 0; i < 50000; i++) tl_counter += (i ^ id) & 3;
  snprintf(tl_buf, sizeof tl_buf, "%ld:%ld", id, tl_counter);
  pthread_mutex_lock(&mu);
  ready++;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  return strdup(tl_buf);
}

static void *sleeper(void *arg) {
  (void)arg;
  char *junk = malloc(100);
  pthread_setspecific(key, junk);
  for (;;) pause(); /* a cancellation point */
  return NULL;
}

int main(void) {
  pthread_key_create(&key, destroy);
  pthread_barrier_init(&barrier, NULL, WORKERS);
  pthread_t t[WORKERS], s;
  pthread_create(&s, NULL, sleeper, NULL);
  for (long i = 0; i < WORKERS; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  pthread_mutex_lock(&mu);
  while (ready < WORKERS) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  for (int i = 0; i < WORKERS; i++) {
    void *r;
    pthread_join(t[i], &r);
    printf("%s\n", (char *)r);
    free(r);
  }
  pthread_cancel(s);
  void *res;
  pthread_join(s, &res);
  printf("sleeper cancelled=%d destructors=%d bad_tls=%d main tl_counter=%ld\n",
         res == PTHREAD_CANCELED, destructed, bad_tls, tl_counter);
  return 0;
}
