/* Built twice (tests/fixtures/Makefile): libinitfirst.so with
   -z initfirst, libinitlater.so without. Each constructor says which it
   is, with write(2): the DF_1_INITFIRST one runs before every other
   object's initialisers, even libc's (glibc's GL(dl_initfirst)).  */
#include <string.h>
#include <unistd.h>

__attribute__ ((constructor)) static void
init (void)
{
  const char *msg = "init " NAME "\n";
  write (1, msg, strlen (msg));
}

int NAME_FN (void) { return 1; }
