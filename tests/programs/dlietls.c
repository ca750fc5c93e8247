/* Issue 12: initial-exec TLS in dlopen'ed objects (glibc's static TLS
   surplus). Eight threads are running when the plugins are opened; each
   must see initialised values, as must threads created afterwards.
   Then: an initial-exec reference to a module not used dynamically yet
   (placed now, initialised in the running threads), one to a module a
   thread already used dynamically (refused), 1 MiB of initial-exec TLS
   (refused unless glibc.rtld.optional_static_tls enlarges the surplus),
   and 1,000 close/open cycles (the block is given back each time). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define THREADS 8
static pthread_barrier_t go, done, again;
static int (*check)(int), (*recheck)(int), (*ieref_get)(void);
static void (*ieref_set)(int);
static int ok[THREADS + 2], reok[THREADS + 2], refok[THREADS + 2];

static void *worker(void *arg) {
  int tag = (int)(long)arg;
  pthread_barrier_wait(&go);  /* main has opened libietls.so */
  ok[tag] = check(tag);
  reok[tag] = recheck(tag);
  pthread_barrier_wait(&done);
  pthread_barrier_wait(&again); /* main has opened libtlsieref.so */
  refok[tag] = ieref_get() == 7;
  ieref_set(100 + tag);
  refok[tag] &= ieref_get() == 100 + tag;
  return NULL;
}

static void *late(void *arg) {
  int tag = (int)(long)arg;
  ok[tag] = check(tag);
  reok[tag] = recheck(tag);
  refok[tag] = ieref_get() == 7;
  return NULL;
}

static void *sym(void *h, const char *name) {
  void *p = dlsym(h, name);
  if (!p) { printf("dlsym %s: %s\n", name, dlerror()); exit(1); }
  return p;
}

int main(int argc, char **argv) {
  pthread_t t[THREADS + 2];
  pthread_barrier_init(&go, NULL, THREADS + 1);
  pthread_barrier_init(&done, NULL, THREADS + 1);
  pthread_barrier_init(&again, NULL, THREADS + 1);
  for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, (void *)i);

  void *h = dlopen("libietls.so", RTLD_NOW);
  if (!h) { printf("dlopen libietls.so: %s\n", dlerror()); return 1; }
  check = sym(h, "ie_check");
  recheck = sym(h, "ie_recheck");
  int main_ok = check(99) && recheck(99);
  pthread_barrier_wait(&go);
  pthread_barrier_wait(&done);

  /* libtlsgd.so is loaded (as a dependency of nothing yet) and not used:
     libtlsieref.so's initial-exec reference places it in static TLS. */
  void *gd = dlopen("libtlsgd.so", RTLD_NOW);
  void *ref = dlopen("libtlsieref.so", RTLD_NOW);
  if (!gd || !ref) { printf("dlopen libtlsieref.so: %s\n", dlerror()); return 1; }
  ieref_get = sym(ref, "ieref_get");
  ieref_set = sym(ref, "ieref_set");
  int (*gd_get)(void) = sym(gd, "gd_get");
  int main_ref = ieref_get() == 7 && gd_get() == 7;
  ieref_set(5);
  main_ref &= gd_get() == 5; /* both models see one block */
  pthread_barrier_wait(&again);
  for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
  for (long i = THREADS; i < THREADS + 2; i++) {
    pthread_create(&t[i], NULL, late, (void *)i);
    pthread_join(t[i], NULL);
  }
  printf("main thread: %s, %s\n", main_ok ? "initialised" : "WRONG", main_ref ? "shared block right" : "shared block WRONG");
  for (int i = 0; i < THREADS + 2; i++)
    printf("thread %d (%s): %s, %s, %s\n", i, i < THREADS ? "running at dlopen" : "created after", ok[i] ? "initialised" : "WRONG",
           reok[i] ? "own copy" : "SHARED", refok[i] ? "ieref right" : "ieref WRONG");

  /* A module a thread gave a dynamic block cannot move to static TLS. */
  void *gd2 = dlopen("libtlsgd2.so", RTLD_NOW);
  if (!gd2) { printf("dlopen libtlsgd2.so: %s\n", dlerror()); return 1; }
  int (*gd2_get)(void) = sym(gd2, "gd_get");
  printf("libtlsgd2.so gd_get: %d\n", gd2_get());
  void *ref2 = dlopen("libtlsieref2.so", RTLD_NOW);
  printf("dlopen libtlsieref2.so: %s\n", ref2 ? "loaded" : dlerror());

  void *big = dlopen("libiebig.so", RTLD_NOW);
  if (big) {
    int (*big_get)(void) = sym(big, "big_get");
    printf("dlopen libiebig.so: loaded, big_get %d\n", big_get());
  } else {
    printf("dlopen libiebig.so: %s\n", dlerror());
  }

  int cycles = argc > 1 ? atoi(argv[1]) : 1000, bad = 0;
  dlclose(h);
  for (int i = 0; i < cycles; i++) {
    h = dlopen("libietls.so", RTLD_NOW);
    if (!h) { printf("cycle %d: %s\n", i, dlerror()); return 1; }
    int (*c)(int) = sym(h, "ie_check");
    bad += !c(i);
    dlclose(h);
  }
  printf("%d close/open cycles, %d wrong\n", cycles, bad);
  return 0;
}
