/* Symbol resolution fixture (issue 11: the symbol index must give the
 * walk's answer): the first library of the program's scope. Its `pick` is
 * weak; libsyms, later in the scope, has a strong one. glibc binds to the
 * first definition, weak or not, unless LD_DYNAMIC_WEAK is set. */
__attribute__((weak)) const char *pick(void) { return "weak pick of libsymw"; }

/* Copied into the program by a COPY relocation. */
int shared_data[4] = {7, 8, 9, 10};

/* Protected: references from inside this library bind here. */
__attribute__((visibility("protected"))) const char *prot_fn(void) { return "protected prot_fn of libsymw"; }
const char *call_prot_from_lib(void) { return prot_fn(); }

/* Defined here and in libsyms: libsyms's reference binds to this one. */
const char *first_of_two(void) { return "first_of_two of libsymw"; }

/* What the preloaded library replaces. */
const char *interposed(void) { return "interposed of libsymw"; }
