/* Symbol resolution fixture: LD_PRELOAD'ed, it comes right after the
 * program in the scope and interposes on libsymw's `interposed`. */
const char *interposed(void) { return "interposed of libsympre"; }
