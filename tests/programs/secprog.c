/* Issue 12: a program that needs libseca.so (tests/secure.rs sets its
   RUNPATH and makes it set-user-ID). */
#include <stdio.h>
const char *sec_who(void);
int main(void) {
  printf("found %s\n", sec_who());
  return 0;
}
