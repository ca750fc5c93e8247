/* Link-time stand-in for an old libdl.so.2 that defined dlsym@GLIBC_2.2.5. */
void *dlsym(void *h, const char *n) { (void)h; (void)n; return 0; }
