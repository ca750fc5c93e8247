/* Symbol resolution fixture: the second library of the scope (see
 * libsymw.c). */
const char *pick(void) { return "strong pick of libsyms"; }
const char *prot_fn(void) { return "prot_fn of libsyms"; }
const char *first_of_two(void) { return "first_of_two of libsyms"; }
const char *syms_calls_first_of_two(void) { return first_of_two(); }
