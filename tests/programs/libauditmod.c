/* An rtld-audit module (issue 12, tests/audit.rs) that reports every call
 * it gets on stderr, one line each, naming objects by their base name
 * (the program is <program>, the dynamic linker <ld.so>), so that the
 * lines are the same under glibc's ld.so and dryad.
 *
 * AUDIT_VERSION (environment): what la_version returns (default
 * LAV_CURRENT). la_objsearch vetoes names starting with "libveto" and
 * rewrites "libaudalias.so" to "libaudext.so". la_pltenter/la_pltexit
 * report calls to functions named "plug*" (la_symbind64 turns them off
 * for every other) and ask for la_pltexit (framesize 0). */
#define _GNU_SOURCE
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *base(const char *p) { const char *s = strrchr(p, '/'); return s ? s + 1 : p; }
static void out(const char *s) { write(2, s, strlen(s)); }
static char buf[512];

unsigned int la_version(unsigned int v) {
  snprintf(buf, sizeof buf, "la_version %u\n", v);
  out(buf);
  const char *want = getenv("AUDIT_VERSION");
  return want ? (unsigned int)atoi(want) : LAV_CURRENT;
}

char *la_objsearch(const char *name, uintptr_t *cookie, unsigned int flag) {
  (void)cookie;
  snprintf(buf, sizeof buf, "la_objsearch %s 0x%x\n", base(name), flag);
  out(buf);
  if (strncmp(base(name), "libveto", 7) == 0)
    return NULL;
  if (flag == LA_SER_ORIG && strcmp(name, "libaudalias.so") == 0)
    return (char *)"libaudext.so";
  return (char *)name;
}

void la_activity(uintptr_t *cookie, unsigned int flag) {
  snprintf(buf, sizeof buf, "la_activity %u (cookie %s)\n", flag, (const char *)*cookie);
  out(buf);
}

unsigned int la_objopen(struct link_map *map, Lmid_t lmid, uintptr_t *cookie) {
  const char *n = map->l_name[0] ? base(map->l_name) : "<program>";
  if (strncmp(n, "ld-linux", 8) == 0 || strncmp(n, "dryad", 5) == 0)
    n = "<ld.so>";
  *cookie = (uintptr_t)strdup(n);
  snprintf(buf, sizeof buf, "la_objopen %s %ld\n", n, (long)lmid);
  out(buf);
  return LA_FLG_BINDTO | LA_FLG_BINDFROM;
}

unsigned int la_objclose(uintptr_t *cookie) {
  snprintf(buf, sizeof buf, "la_objclose %s\n", (const char *)*cookie);
  out(buf);
  return 0;
}

void la_preinit(uintptr_t *cookie) {
  snprintf(buf, sizeof buf, "la_preinit %s\n", (const char *)*cookie);
  out(buf);
}

uintptr_t la_symbind64(Elf64_Sym *sym, unsigned int ndx, uintptr_t *refcook, uintptr_t *defcook, unsigned int *flags, const char *symname) {
  (void)ndx;
  snprintf(buf, sizeof buf, "la_symbind64 %s %s -> %s flags 0x%x\n", symname, (const char *)*refcook, (const char *)*defcook, *flags);
  out(buf);
  if (strncmp(symname, "plug", 4) != 0)
    *flags |= LA_SYMB_NOPLTENTER | LA_SYMB_NOPLTEXIT;
  return sym->st_value;
}

Elf64_Addr la_x86_64_gnu_pltenter(Elf64_Sym *sym, unsigned int ndx, uintptr_t *refcook, uintptr_t *defcook, La_x86_64_regs *regs, unsigned int *flags, const char *symname, long int *framesizep) {
  (void)ndx; (void)flags;
  double x;
  memcpy(&x, &regs->lr_xmm[0], sizeof x);
  if (strcmp(symname, "plug_scale") == 0)
    snprintf(buf, sizeof buf, "la_pltenter %s %s -> %s (%g, %ld)\n", symname, (const char *)*refcook, (const char *)*defcook, x, (long)regs->lr_rdi);
  else
    snprintf(buf, sizeof buf, "la_pltenter %s %s -> %s (%ld, %ld)\n", symname, (const char *)*refcook, (const char *)*defcook, (long)regs->lr_rdi, (long)regs->lr_rsi);
  out(buf);
  *framesizep = 0;
  return sym->st_value;
}

unsigned int la_x86_64_gnu_pltexit(Elf64_Sym *sym, unsigned int ndx, uintptr_t *refcook, uintptr_t *defcook, const La_x86_64_regs *inregs, La_x86_64_retval *outregs, const char *symname) {
  (void)sym; (void)ndx; (void)inregs;
  double x;
  memcpy(&x, &outregs->lrv_xmm0, sizeof x);
  if (strcmp(symname, "plug_scale") == 0)
    snprintf(buf, sizeof buf, "la_pltexit %s %s -> %s = %g\n", symname, (const char *)*refcook, (const char *)*defcook, x);
  else
    snprintf(buf, sizeof buf, "la_pltexit %s %s -> %s = %ld\n", symname, (const char *)*refcook, (const char *)*defcook, (long)outregs->lrv_rax);
  out(buf);
  return 0;
}
