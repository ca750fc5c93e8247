/* Issue 12: secure-mode $ORIGIN (tests/secure.rs). Built as libseca.so
   and libsecb.so; each says who it is. */
#ifndef WHO
#define WHO "?"
#endif
const char *sec_who(void) { return WHO; }
