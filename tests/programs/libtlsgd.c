/* Issue 12: a plugin whose TLS is used in the general-dynamic model
   (through __tls_get_addr), and which another plugin refers to with the
   initial-exec model (libtlsieref.c). */
__thread int gd_value = 7;
__thread char gd_pad[200];
/* Uses the variable dynamically: the first call gives this thread a
   dynamic block, after which glibc never moves the module to static TLS. */
int gd_get(void) { return gd_value + gd_pad[0]; }
