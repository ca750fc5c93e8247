/* Issue 12: a startup library reached through TLS descriptors
   (-mtls-dialect=gnu2): its descriptors point into static TLS. An
   undefined weak variable's descriptor gives a null address. */
__thread int lib_counter = 5;
__thread char lib_name[8] = "lib";
extern __thread int lib_missing __attribute__((weak));
int lib_bump(void) { return ++lib_counter; }
const char *lib_text(void) { return lib_name; }
int lib_missing_is_null(void) { return &lib_missing == 0; }
