/* A library with a 1 GiB .bss (tests/extremes.rs, issue 14). */
static char big[1UL << 30];
char *bigbss(void) { return big; }
