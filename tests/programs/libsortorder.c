/* Built as libsorta..libsortd (tests/fixtures/Makefile) into a graph on
   which glibc's two sort algorithms give different initialiser orders:
   the program needs a and d, a needs c and b, b needs c and d. The
   original algorithm (the only one before glibc 2.35,
   glibc.rtld.dynamic_sort=1 after) initialises d c b a, the depth-first
   one (the default since 2.35) c d b a.  */
#include <string.h>
#include <unistd.h>

__attribute__ ((constructor)) static void
init (void)
{
  const char *msg = "init " NAME "\n";
  write (1, msg, strlen (msg));
}

__attribute__ ((destructor)) static void
fini (void)
{
  const char *msg = "fini " NAME "\n";
  write (1, msg, strlen (msg));
}

int NAME_FN (void) { return 1; }
