/* Issue 12: a plugin with thread-local data, opened and closed many
   times. */
__thread int tls_counter = 5;
__thread char tls_buf[4096];
int tls_bump(void) { tls_buf[100] = 1; return ++tls_counter + tls_buf[100]; }
