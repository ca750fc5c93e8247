/* The library tests/programs/auditprog.c links (libaudplug.so) and the
 * one it opens by a name its audit module rewrites (libaudext.so). */
#include <string.h>
#include <unistd.h>
#ifndef WHO
#define WHO "libaudplug"
#endif
static void say(const char *s) { write(2, WHO ": ", strlen(WHO) + 2); write(2, s, strlen(s)); }
__attribute__((constructor)) static void hello(void) { say("init\n"); }
__attribute__((destructor)) static void bye(void) { say("fini\n"); }
long plug_add(long a, long b) { return a + b; }
double plug_scale(double x, long k) { return x * k; }
