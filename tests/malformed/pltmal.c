/* libpltmal.so: the library of the lazy-binding corpus (pltgen.py). Every
 * exported function is preemptible, so each call between them goes
 * through a PLT slot that is bound at its first call: plt_sum calls
 * plt_add and libpltdep's versioned pdep_twice, plt_fact and plt_fact_step
 * call each other (a function calling itself by name would be a direct
 * call: gcc calls its local alias), so do plt_ping and plt_pong, and
 * plt_pick is an IFUNC whose resolver the lazy resolver runs. Libc-free,
 * like the rest of the malformed corpus, so it also runs cleanly under
 * glibc's ld.so. */
int plt_value = 5;
int pdep_twice(int x);
int plt_add(int a, int b) { return a + b; }
int plt_fact_step(int n);
int plt_fact(int n) { return n <= 1 ? 1 : n * plt_fact_step(n - 1); }
int plt_fact_step(int n) { return plt_fact(n); }
int plt_sum(int n) { return plt_add(n, plt_value) + pdep_twice(n); }
/* plt_ping calls plt_pong, which calls plt_ping, 20 times over. Marked as
 * an IFUNC by a corrupt symbol table, plt_ping becomes a "resolver" that
 * calls itself through an unbound PLT slot: the lazy resolver runs it
 * again before it returns, 20 times deep (with a real recursion, without
 * end). */
static int pong_depth;
int plt_pong(void);
int plt_ping(void) { return plt_pong() + 1; }
int plt_pong(void) { return pong_depth++ < 20 ? plt_ping() : 0; }
static int pick_impl(int x) { return x * 7; }
static int (*pick_resolver(void))(int) { return pick_impl; }
int plt_pick(int x) __attribute__((ifunc("pick_resolver")));
