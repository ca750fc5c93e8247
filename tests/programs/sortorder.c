/* See libsortorder.c.  */
#include <stdio.h>

int sorta_fn (void);
int sortd_fn (void);

int
main (void)
{
  printf ("main %d\n", sorta_fn () + sortd_fn ());
  fflush (stdout);
  return 0;
}
