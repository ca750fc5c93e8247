/* Issue 12: 1 MiB of initial-exec TLS: more than glibc's default static
   TLS surplus holds, so dlopen fails unless a tunable enlarges it. */
__attribute__((tls_model("initial-exec"))) __thread char big[1 << 20] = {1};
int big_get(void) { return big[0] + big[(1 << 20) - 1]; }
