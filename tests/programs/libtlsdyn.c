/* Thread-local data in a dlopen'ed library (general-dynamic model): each
 * thread gets its own initialised copy on first use. */
__thread int dyn_counter = 5;
__thread char dyn_zeroed[100];
__thread double dyn_aligned __attribute__((aligned(64))) = 2.5;
int dyn_bump(void) { return ++dyn_counter; }
int dyn_zero_ok(void) { for (int i = 0; i < 100; i++) if (dyn_zeroed[i]) return 0; dyn_zeroed[7] = 1; return 1; }
long dyn_align_ok(void) { return ((long)&dyn_aligned % 64 == 0) && dyn_aligned == 2.5; }
