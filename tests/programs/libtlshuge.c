/* 8 MiB of general-dynamic TLS in a dlopen'ed plugin (tests/extremes.rs,
 * issue 14): each thread's block is allocated at its first access. */
__thread char huge[8 << 20];
__thread int huge_marker = 3;
int huge_touch(int i) { huge[i] = 1; return huge[0] + huge_marker; }
