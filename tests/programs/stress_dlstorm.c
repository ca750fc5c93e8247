/* Issue 14, stress (c): 64 threads each loop dlopen/dlsym/call/dlclose
 * over four plugins with __thread data (and libtlsdyn.so), while two
 * more threads keep creating and joining short threads that use __thread
 * and malloc. Prints totals that do not depend on scheduling.
 * argv[1]: the plugins' directory. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include "stress_common.h"

#define LOOPERS 64
#define ROUNDS 24
#define SPAWNERS 2
#define SHORT 100
static const char *plugins[5] = {"libstorm0.so", "libstorm1.so", "libstorm2.so", "libstorm3.so", "libtlsdyn.so"};
static char dir[4096];
static __thread long tl_seen = 3;
static long bad, short_ok;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *looper(void *arg) {
  long id = (long)arg, acc = 0, tls_base = 0;
  for (int r = 0; r < ROUNDS; r++) {
    int which = (int)((id + r) % 5);
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, plugins[which]);
    void *h = dlopen(path, r % 2 ? RTLD_NOW : RTLD_LAZY);
    if (!h) { fprintf(stderr, "dlopen: %s\n", dlerror()); exit(3); }
    if (which == 4) {
      /* libtlsdyn's counter: 5 in each thread at first, +1 per call. */
      int (*bump)(void) = (int (*)(void))dlsym(h, "dyn_bump");
      if (!bump) exit(4);
      if (tls_base == 0) tls_base = 5;
      acc += bump() != ++tls_base;
    } else {
      long (*call)(long) = (long (*)(long))dlsym(h, "storm_call");
      long (*count)(void) = (long (*)(void))dlsym(h, "storm_calls");
      if (!call || !count) { fprintf(stderr, "dlsym: %s\n", dlerror()); exit(4); }
      long before = count();
      acc += call(id * 100 + r) - (id * 100 + r) - which;
      acc += count() - before - 1;
    }
    dlclose(h);
  }
  acc += tl_seen != 3;
  pthread_mutex_lock(&mu);
  bad += acc != 0;
  pthread_mutex_unlock(&mu);
  return NULL;
}

static void *short_thread(void *arg) {
  long n = (long)arg;
  char *s = malloc(16 + n);
  int ok = tl_seen == 3;
  tl_seen = n;
  ok &= tl_seen == n;
  free(s);
  if (ok) { pthread_mutex_lock(&mu); short_ok++; pthread_mutex_unlock(&mu); }
  return NULL;
}

static void *spawner(void *arg) {
  (void)arg;
  for (long i = 0; i < SHORT; i++) {
    pthread_t t;
    if (pthread_create(&t, NULL, short_thread, (void *)i)) exit(5);
    pthread_join(t, NULL);
  }
  return NULL;
}

int main(int argc, char **argv) {
  snprintf(dir, sizeof dir, "%s", argc > 1 ? argv[1] : ".");
  pthread_t t[LOOPERS], sp[SPAWNERS];
  /* Held open for the whole run, so that no dlclose unloads a plugin (its
   * __thread counters would start again): the same under any ld.so. */
  for (int i = 0; i < 5; i++) {
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, plugins[i]);
    if (!dlopen(path, RTLD_NOW)) { printf("dlopen: %s\n", dlerror()); return 1; }
  }
  for (long i = 0; i < SPAWNERS; i++) pthread_create(&sp[i], NULL, spawner, NULL);
  for (long i = 0; i < LOOPERS; i++) pthread_create(&t[i], NULL, looper, (void *)i);
  for (int i = 0; i < LOOPERS; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < SPAWNERS; i++) pthread_join(sp[i], NULL);
  printf("loopers=%d rounds=%d bad=%ld short threads ok=%ld/%d\n", LOOPERS, ROUNDS, bad, short_ok, SPAWNERS * SHORT);
  report_peak_rss();
  return bad != 0;
}
