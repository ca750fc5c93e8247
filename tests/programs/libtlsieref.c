/* Issue 12: initial-exec access to another module's TLS (libtlsgd.c):
   dlopen must give that module a static block now, or fail if a thread
   already gave it a dynamic one. */
extern __attribute__((tls_model("initial-exec"))) __thread int gd_value;
int ieref_get(void) { return gd_value; }
void ieref_set(int v) { gd_value = v; }
