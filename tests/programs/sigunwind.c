/* Issue 14: _dl_find_object and _dl_find_dso_for_object are called from
 * signal handlers while dlopen changes the set of objects.
 *
 * An opener thread dlopens, uses, dladdrs and dlcloses COPIES copies of a
 * plugin (tests/fixtures/Makefile makes them; each copy is a new object,
 * so each first dlopen of one publishes a new table of objects), pass
 * after pass. Two worker threads unwind their own stacks in a loop
 * (_Unwind_Backtrace, _Unwind_FindEnclosingFunction: libgcc asks
 * _dl_find_object for every frame). A signaller thread sends SIGUSR1 to
 * the opener every few tens of microseconds, and now and then to a
 * worker. The handler unwinds from where it was called and checks that it
 * finds itself; on a worker it also calls dladdr (_dl_find_dso_for_object)
 * on an address of the program and one of libc. Under a dynamic linker
 * whose table is behind a lock, a handler that interrupts the opener while
 * it holds that lock for writing waits for ever (the test's timeout ends
 * it).
 *
 * The opener takes the signal only inside dlopen, the plugin's first call
 * (lazy binding) and dlclose, and its handler does not call dladdr:
 * dladdr takes libc's GL(dl_load_lock), a recursive mutex that libc's
 * dlsym and dladdr and glibc's own dlopen and dlclose take too, and a
 * signal in the few instructions where that mutex is held but not yet (or
 * no longer) owned by the thread would make the handler's dladdr wait for
 * ever under any ld.so. The workers never take it outside the handler.
 *
 * Every check is counted; what is printed does not depend on timing. The
 * opener goes on with further passes until the handler has run at least
 * MIN_OPENER_SIGNALS times on it and MIN_WORKER_SIGNALS times on each
 * worker.
 *
 * usage: sigunwind DIR COPIES */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>
#include <unwind.h>

#define WORKERS 2
#define MIN_OPENER_SIGNALS 300
#define MIN_WORKER_SIGNALS 30
#define MAX_FRAMES 256

static const char *dir;
static int copies;
static pthread_t opener_thread, worker_threads[WORKERS];
static atomic_int done;
/* Which thread is which, for the handler's counters. */
static __thread int role; /* 0 main, 1 opener, 2.. worker */
static atomic_long opener_signals, worker_signals[WORKERS];
static atomic_long handler_failures, worker_failures, opener_failures;
static void *program_base, *libc_base;
/* What the last failing check was (for SIGUNWIND_VERBOSE). */
static atomic_int last_failure;

struct walk {
  void *target;  /* the function the walk must pass through */
  int frames;
  int found;
};

static _Unwind_Reason_Code frame_cb(struct _Unwind_Context *ctx, void *arg) {
  struct walk *w = arg;
  int before = 0;
  uintptr_t ip = _Unwind_GetIPInfo(ctx, &before);
  /* _Unwind_FindEnclosingFunction looks up ip - 1, right for a return
   * address (which may be just past the end of its caller), wrong for the
   * frame a signal interrupted (which may be at the first instruction of
   * a function). */
  if (before) ip++;
  if (_Unwind_FindEnclosingFunction((void *)ip) == w->target) w->found++;
  return ++w->frames < MAX_FRAMES ? _URC_NO_REASON : _URC_END_OF_STACK;
}

/* Must be global: dladdr names it. */
__attribute__((noinline)) void sigunwind_handler(int sig) {
  int saved = errno;
  struct walk w = {(void *)sigunwind_handler, 0, 0};
  _Unwind_Backtrace(frame_cb, &w);
  int bad = (w.found != 1) << 0;
  if (role != 1) {
    Dl_info self, libc;
    bad |= !(dladdr((void *)sigunwind_handler, &self) != 0 && self.dli_sname != NULL &&
             strcmp(self.dli_sname, "sigunwind_handler") == 0 && self.dli_fbase == program_base) << 1;
    bad |= !(dladdr((void *)getpid, &libc) != 0 && libc.dli_fbase == libc_base) << 2;
  }
  if (bad) {
    atomic_fetch_add(&handler_failures, 1);
    atomic_store(&last_failure, bad | role << 4 | w.found << 8 | w.frames << 16);
  }
  if (role == 1) atomic_fetch_add(&opener_signals, 1);
  if (role >= 2) atomic_fetch_add(&worker_signals[role - 2], 1);
  (void)sig;
  errno = saved;
}

static int enough_signals(void) {
  if (atomic_load(&opener_signals) < MIN_OPENER_SIGNALS) return 0;
  for (int i = 0; i < WORKERS; i++)
    if (atomic_load(&worker_signals[i]) < MIN_WORKER_SIGNALS) return 0;
  return 1;
}

static int passes;

static void *opener(void *arg) {
  (void)arg;
  role = 1;
  sigset_t usr1;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  /* Signals only where SIGUSR1 is unblocked below. */
  pthread_sigmask(SIG_BLOCK, &usr1, NULL);
  for (passes = 0; passes < 2 || !enough_signals(); passes++) {
    for (int i = 0; i < copies; i++) {
      char path[4200], name[32];
      snprintf(name, sizeof name, "copy%d.so", i);
      snprintf(path, sizeof path, "%s/%s", dir, name);
      pthread_sigmask(SIG_UNBLOCK, &usr1, NULL);
      void *h = dlopen(path, i % 2 ? RTLD_NOW : RTLD_LAZY);
      pthread_sigmask(SIG_BLOCK, &usr1, NULL);
      if (!h) {
        fprintf(stderr, "dlopen %s: %s\n", path, dlerror());
        exit(3);
      }
      long (*call)(long) = (long (*)(long))dlsym(h, "sigplug_call");
      long got = 0;
      if (call) {
        pthread_sigmask(SIG_UNBLOCK, &usr1, NULL);
        got = call(i);
        pthread_sigmask(SIG_BLOCK, &usr1, NULL);
      }
      Dl_info info;
      const char *slash = NULL;
      if (!call || got != i * 3 + 1 || !dladdr((void *)call, &info) || !info.dli_sname ||
          strcmp(info.dli_sname, "sigplug_call") != 0 || !(slash = strrchr(info.dli_fname, '/')) ||
          strcmp(slash + 1, name) != 0)
        atomic_fetch_add(&opener_failures, 1);
      pthread_sigmask(SIG_UNBLOCK, &usr1, NULL);
      int closed = dlclose(h);
      pthread_sigmask(SIG_BLOCK, &usr1, NULL);
      if (closed != 0) atomic_fetch_add(&opener_failures, 1);
    }
  }
  atomic_store(&done, 1);
  return NULL;
}

__attribute__((noinline)) int worker_walk(void) {
  struct walk w = {(void *)worker_walk, 0, 0};
  _Unwind_Backtrace(frame_cb, &w);
  return w.found;
}

static void *worker(void *arg) {
  role = 2 + (int)(long)arg;
  while (!atomic_load(&done))
    if (worker_walk() != 1) atomic_fetch_add(&worker_failures, 1);
  return NULL;
}

static void *signaller(void *arg) {
  (void)arg;
  /* Short sleeps mean short sleeps. */
  prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
  struct timespec gap = {0, 20 * 1000};
  for (unsigned n = 0; !atomic_load(&done); n++) {
    pthread_kill(opener_thread, SIGUSR1);
    if (n % 8 == 0) pthread_kill(worker_threads[(n / 8) % WORKERS], SIGUSR1);
    nanosleep(&gap, NULL);
  }
  return NULL;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s DIR COPIES\n", argv[0]);
    return 2;
  }
  dir = argv[1];
  copies = atoi(argv[2]);
  Dl_info info;
  if (!dladdr((void *)main, &info)) return 2;
  program_base = info.dli_fbase;
  if (!dladdr((void *)getpid, &info)) return 2;
  libc_base = info.dli_fbase;

  /* Once before any signal: libgcc initialises itself on first use. */
  sigunwind_handler(0);
  if (worker_walk() != 1) atomic_fetch_add(&worker_failures, 1);

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = sigunwind_handler;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);

  pthread_t sig;
  for (long i = 0; i < WORKERS; i++) pthread_create(&worker_threads[i], NULL, worker, (void *)i);
  pthread_create(&opener_thread, NULL, opener, NULL);
  pthread_create(&sig, NULL, signaller, NULL);
  /* The signaller first: it stops once the opener is done, and must not
   * signal a thread that has been joined. */
  pthread_join(sig, NULL);
  pthread_join(opener_thread, NULL);
  for (int i = 0; i < WORKERS; i++) pthread_join(worker_threads[i], NULL);

  long failures = atomic_load(&opener_failures) + atomic_load(&handler_failures) + atomic_load(&worker_failures);
  printf("opened each of %d plugins at least twice: %ld failures\n", copies, atomic_load(&opener_failures));
  printf("handler, on the opener at least %d times and on each worker at least %d: %ld failures\n",
         MIN_OPENER_SIGNALS, MIN_WORKER_SIGNALS, atomic_load(&handler_failures));
  printf("workers' own unwinding: %ld failures\n", atomic_load(&worker_failures));
  if (getenv("SIGUNWIND_VERBOSE"))
    fprintf(stderr, "passes %d, opener signals %ld, worker signals %ld %ld\n", passes, atomic_load(&opener_signals),
            atomic_load(&worker_signals[0]), atomic_load(&worker_signals[1]));
  if (getenv("SIGUNWIND_VERBOSE") && atomic_load(&last_failure))
    fprintf(stderr, "last handler failure: checks %#x, role %d, found %d, frames %d\n", atomic_load(&last_failure) & 15,
            atomic_load(&last_failure) >> 4 & 15, atomic_load(&last_failure) >> 8 & 255, atomic_load(&last_failure) >> 16);
  return failures != 0;
}
