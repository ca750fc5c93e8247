/* Issue 14, stress (a): fork() from a thread while other threads loop
 * dlopen/dlsym/call/dlclose over plugins with __thread data. Each child
 * must still be able to dlopen and call a plugin (one the parent has
 * open, and one it never loaded, with dynamic TLS), and exit cleanly
 * through exit() (the finalisers). A child that hangs is ended by its
 * alarm and counted as failed. Prints totals that do not depend on
 * timing. argv[1]: the directory of the plugins. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "stress_common.h"

#define LOOPERS 4
#define FORKS 40
static const char *plugins[4] = {"libstorm0.so", "libstorm1.so", "libstorm2.so", "libstorm3.so"};
static char dir[4096];
static volatile int stop;
static long bad_rounds;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *open_plugin(const char *name, int mode) {
  char path[4200];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return dlopen(path, mode);
}

static long storm_once(int which, long x, int mode) {
  void *h = open_plugin(plugins[which], mode);
  if (!h) return 1;
  long (*call)(long) = (long (*)(long))dlsym(h, "storm_call");
  long r = call ? call(x) - x - which : 1; /* 0 when right */
  dlclose(h);
  return r != 0;
}

static void *looper(void *arg) {
  long id = (long)arg, bad = 0;
  for (long r = 0; !stop; r++) bad += storm_once((int)((id + r) % 4), id * 1000 + r, r % 2 ? RTLD_NOW : RTLD_LAZY);
  pthread_mutex_lock(&mu);
  bad_rounds += bad;
  pthread_mutex_unlock(&mu);
  return NULL;
}

static void child(int i) {
  alarm(20);
  if (storm_once(i % 4, 77, RTLD_NOW)) exit(3);
  void *h = open_plugin("libtlsdyn.so", RTLD_NOW);
  if (!h) exit(4);
  int (*bump)(void) = (int (*)(void))dlsym(h, "dyn_bump");
  int (*zero_ok)(void) = (int (*)(void))dlsym(h, "dyn_zero_ok");
  if (!bump || !zero_ok || bump() != 6 || bump() != 7 || zero_ok() != 1) exit(5);
  exit(0);
}

static void *forker(void *arg) {
  long *ok = arg;
  for (int i = 0; i < FORKS; i++) {
    usleep(1000);
    pid_t pid = fork();
    if (pid == 0) child(i);
    int status;
    if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0) (*ok)++;
    else if (pid > 0) fprintf(stderr, "child %d: %s %d\n", i, WIFSIGNALED(status) ? "signal" : "status", WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
  }
  return NULL;
}

int main(int argc, char **argv) {
  snprintf(dir, sizeof dir, "%s", argc > 1 ? argv[1] : ".");
  pthread_t t[LOOPERS], f;
  long ok = 0;
  /* Held open for the whole run: the loopers' dlclose never unloads (under
   * glibc, an unload or a load in flight at the fork leaves the child's
   * r_debug in RT_DELETE or RT_ADD, and its next dlopen asserts). */
  for (int i = 0; i < 4; i++)
    if (!open_plugin(plugins[i], RTLD_NOW)) { printf("dlopen: %s\n", dlerror()); return 1; }
  for (long i = 0; i < LOOPERS; i++) pthread_create(&t[i], NULL, looper, (void *)i);
  pthread_create(&f, NULL, forker, &ok);
  pthread_join(f, NULL);
  stop = 1;
  for (int i = 0; i < LOOPERS; i++) pthread_join(t[i], NULL);
  printf("forks=%d children ok=%ld, loopers' bad rounds=%ld\n", FORKS, ok, bad_rounds);
  report_peak_rss();
  return ok != FORKS || bad_rounds != 0;
}
