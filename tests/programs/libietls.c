/* Issue 12: a plugin with initial-exec TLS (DF_STATIC_TLS), which glibc
   places in the static TLS surplus when it is dlopen'ed. Its data, BSS
   and a 64-byte aligned block must read as initialised in every thread,
   those running when it was opened included. */
#include <stdio.h>
#include <string.h>
__attribute__((tls_model("initial-exec"))) __thread int ie_counter = 42;
__attribute__((tls_model("initial-exec"))) __thread char ie_name[16] = "initialised";
__attribute__((tls_model("initial-exec"))) __thread long ie_zero[64];
__attribute__((tls_model("initial-exec"), aligned(64))) __thread int ie_aligned = 9;

/* 1 when this thread's blocks hold the initial values; then makes them
   this thread's own (`tag`), so another thread sharing them would see. */
int ie_check(int tag) {
  int ok = ie_counter == 42 && strcmp(ie_name, "initialised") == 0 && ie_aligned == 9 &&
           ((unsigned long)&ie_aligned % 64) == 0;
  for (int i = 0; i < 64; i++) ok &= ie_zero[i] == 0;
  ie_counter = 1000 + tag;
  snprintf(ie_name, sizeof ie_name, "thread %d", tag);
  ie_zero[tag % 64] = tag + 1;
  return ok;
}

/* 1 when the values are the ones `ie_check(tag)` left. */
int ie_recheck(int tag) {
  char want[16];
  snprintf(want, sizeof want, "thread %d", tag);
  return ie_counter == 1000 + tag && strcmp(ie_name, want) == 0 && ie_zero[tag % 64] == tag + 1;
}
