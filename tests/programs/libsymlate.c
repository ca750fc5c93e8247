/* Symbol resolution fixture: opened RTLD_GLOBAL, after libsymdl. */
const char *late_fn(void) { return "late_fn of libsymlate (global scope, grown)"; }
