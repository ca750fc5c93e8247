/* Issue 8: sixteen threads loop dlopen/dlsym/call/dlclose over four
 * plugins with __thread data while another thread keeps creating and
 * joining short threads that use __thread and malloc. Prints totals that
 * do not depend on scheduling. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LOOPERS 16
#define ROUNDS 40
#define SHORT 48
static const char *plugins[4] = {"libstorm0.so", "libstorm1.so", "libstorm2.so", "libstorm3.so"};
static char dir[4096];
static __thread long tl_seen = 3;
static long results[LOOPERS];
static long short_ok;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *looper(void *arg) {
  long id = (long)arg, acc = 0;
  for (int r = 0; r < ROUNDS; r++) {
    int which = (int)((id + r) % 4);
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, plugins[which]);
    void *h = dlopen(path, r % 2 ? RTLD_NOW : RTLD_LAZY);
    if (!h) { fprintf(stderr, "dlopen: %s\n", dlerror()); exit(3); }
    long (*call)(long) = (long (*)(long))dlsym(h, "storm_call");
    long (*count)(void) = (long (*)(void))dlsym(h, "storm_calls");
    if (!call || !count) { fprintf(stderr, "dlsym: %s\n", dlerror()); exit(4); }
    long before = count();
    acc += call(id * 100 + r) - (id * 100 + r) - which; /* 0 when right */
    acc += count() - before - 1;                         /* 0 when right */
    dlclose(h);
  }
  results[id] = acc;
  return NULL;
}

static void *short_thread(void *arg) {
  long n = (long)arg;
  char *s = malloc(16 + n);
  int ok = tl_seen == 3;
  tl_seen = n;
  free(s);
  if (ok) { pthread_mutex_lock(&mu); short_ok++; pthread_mutex_unlock(&mu); }
  return strdup("done");
}

static void *spawner(void *arg) {
  (void)arg;
  for (long i = 0; i < SHORT; i++) {
    pthread_t t; void *r;
    pthread_create(&t, NULL, short_thread, (void *)i);
    pthread_join(t, &r);
    free(r);
  }
  return NULL;
}

int main(int argc, char **argv) {
  snprintf(dir, sizeof dir, "%s", argc > 1 ? argv[1] : ".");
  pthread_t t[LOOPERS], sp;
  pthread_create(&sp, NULL, spawner, NULL);
  for (long i = 0; i < LOOPERS; i++) pthread_create(&t[i], NULL, looper, (void *)i);
  long bad = 0;
  for (int i = 0; i < LOOPERS; i++) { pthread_join(t[i], NULL); bad += results[i] != 0; }
  pthread_join(sp, NULL);
  printf("loopers=%d rounds=%d bad=%ld short threads ok=%ld/%d\n", LOOPERS, ROUNDS, bad, short_ok, SHORT);
  return bad != 0;
}
