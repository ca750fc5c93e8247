/* Issue 12: a thread touches a plugin's thread_local object (with a
   destructor) and waits; meanwhile the plugin is dlclose'd: it stays
   loaded (its destructor is pending). Once the thread has exited, the
   destructor has run and a last dlclose unloads it. The plugin is
   argv[1] (libtlsdtor.so, C++, by default; libtlsdtor_rs.so is Rust's). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int (*touch)(void);
static int go_on;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int touched;
static const char *plugin = "libtlsdtor.so";
static void *worker(void *arg) {
  (void)arg;
  touch();
  pthread_mutex_lock(&mu);
  touched = 1;
  pthread_cond_broadcast(&cv);
  while (!go_on) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  return NULL;
}
static const char *state(void) {
  void *h = dlopen(plugin, RTLD_NOW | RTLD_NOLOAD);
  if (h) dlclose(h);
  return h ? "loaded" : "unloaded";
}
int main(int argc, char **argv) {
  if (argc > 1) plugin = argv[1];
  void *h = dlopen(plugin, RTLD_NOW);
  if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
  touch = (int (*)(void))dlsym(h, "tracker_touch");
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_mutex_lock(&mu);
  while (!touched) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  dlclose(h);
  printf("closed while a destructor is pending: %s\n", state());
  pthread_mutex_lock(&mu);
  go_on = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  pthread_join(t, NULL);
  h = dlopen(plugin, RTLD_NOW | RTLD_NOLOAD);
  printf("after the thread exited: %s\n", h ? "loaded" : "unloaded");
  if (h) dlclose(h);
  printf("after one more dlclose: %s\n", state());
  return 0;
}
