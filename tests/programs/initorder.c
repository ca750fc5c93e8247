/* Needs libinitfirst.so (DF_1_INITFIRST) before libinitlater.so: without
   the flag the later library's constructor would run first.  */
#include <stdio.h>

int initfirst_fn (void);
int initlater_fn (void);

__attribute__ ((constructor)) static void
init (void)
{
  printf ("init program\n");
}

int
main (void)
{
  printf ("main %d\n", initfirst_fn () + initlater_fn ());
  return 0;
}
