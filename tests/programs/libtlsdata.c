/* A library with TLS of both models: general-dynamic (through
 * __tls_get_addr) and initial-exec (a TPOFF64 relocation). */
__thread int lib_tls = 100;
__attribute__((tls_model("initial-exec"))) __thread long lib_tls_ie = 1000;
int lib_tls_get(void) { return lib_tls; }
long lib_tls_ie_add(long v) { lib_tls_ie += v; return lib_tls_ie; }
