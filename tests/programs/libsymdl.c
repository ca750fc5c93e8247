/* Symbol resolution fixture: opened RTLD_LAZY|RTLD_LOCAL. `dep_fn` comes
 * from its local scope, `pick` from the global one, and `late_fn` from an
 * object opened RTLD_GLOBAL after it (bound at its first call). */
const char *dep_fn(void);
const char *pick(void);
const char *late_fn(void);
const char *dl_dep(void) { return dep_fn(); }
const char *dl_pick(void) { return pick(); }
const char *dl_late(void) { return late_fn(); }
