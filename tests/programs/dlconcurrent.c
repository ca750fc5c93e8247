/* Issue 12: a dlopen of an object whose constructors are still running
   in another thread returns only once they have finished (glibc holds
   its load lock across them). Thread A opens libslowinit.so; thread B
   opens it 50 ms later and must find it initialised. Then both threads
   close it; it is unloaded once. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
static void *opener(void *arg) {
  if (arg) {
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, 0);
  }
  void *h = dlopen("libslowinit.so", RTLD_NOW);
  if (!h) return "dlopen failed";
  int (*ready)(void) = (int (*)(void))dlsym(h, "slow_ready");
  return ready() ? (arg ? "second: initialised" : "first: initialised") : (arg ? "second: NOT INITIALISED" : "first: NOT INITIALISED");
}
int main(void) {
  pthread_t a, b;
  void *ra, *rb;
  pthread_create(&a, NULL, opener, NULL);
  pthread_create(&b, NULL, opener, (void *)1);
  pthread_join(a, &ra);
  pthread_join(b, &rb);
  printf("%s\n%s\n", (char *)ra, (char *)rb);
  void *h = dlopen("libslowinit.so", RTLD_NOW | RTLD_NOLOAD);
  printf("still loaded: %s\n", h ? "yes" : "no");
  dlclose(h);
  dlclose(h);
  dlclose(h);
  printf("after three closes: %s\n", dlopen("libslowinit.so", RTLD_NOW | RTLD_NOLOAD) ? "loaded" : "unloaded");
  return 0;
}
