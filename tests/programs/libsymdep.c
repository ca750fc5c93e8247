/* Symbol resolution fixture: a dependency of the dlopen'ed libsymdl, in
 * its local scope only. */
const char *dep_fn(void) { return "dep_fn of libsymdep (local scope)"; }
