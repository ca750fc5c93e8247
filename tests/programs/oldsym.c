/* Linked the way pre-2.34 programs were: dlsym@GLIBC_2.2.5 required from
 * libdl.so.2 (a link-time stand-in provides that version). At run time
 * glibc 2.36's libdl.so.2 is an empty stub and the definition is a compat
 * symbol in libc.so.6: binding goes by version name, not by file. */
#include <dlfcn.h>
#include <stdio.h>
void *old_dlsym(void *, const char *);
__asm__(".symver old_dlsym, dlsym@GLIBC_2.2.5");
int main(void) {
    void *p = old_dlsym(RTLD_DEFAULT, "puts");
    printf("dlsym@GLIBC_2.2.5(puts) %s\n", p == (void *)puts ? "matches" : "differs");
    return 0;
}
