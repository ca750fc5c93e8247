/* What libc learns from its ld.so that differs between glibc releases,
   printed so that the output can be compared between the release's own
   ld.so and dryad (tests/releases.rs):

   - the protections of a new thread's stack, which libc takes from the
     ld.so's stack flags (GL(dl_stack_flags), PF_* bits up to 2.41;
     GL(dl_stack_prot_flags), PROT_* bits from 2.43): built twice, with
     and without -z execstack;
   - what _dl_find_object reports for this program: its range, its
     PT_GNU_EH_FRAME, and (2.43) its PT_GNU_SFRAME with DLFO_FLAG_SFRAME
     (the program is assembled with --gsframe);
   - a fortified printf with %n: libc 2.42 and later ask
     GLRO(dl_readonly_area) whether the format is in a read-only segment
     of a loaded object before they read /proc/self/maps. "ro": a literal
     in .rodata (allowed everywhere); "rw": writable data (glibc aborts:
     "*** %n in writable segments detected ***"); "mprotected": writable
     data the program made read-only itself. /proc/self/maps calls that
     read-only (allowed up to 2.41), the ld.so's answer from the program
     headers is "writable" (2.43 aborts), so the output shows which of the
     two libc asked.

   The argument selects the part: "stack", "find", "ro", "rw",
   "mprotected".  */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#ifndef PT_GNU_SFRAME
#define PT_GNU_SFRAME 0x6474e554
#endif

/* The permissions column of the /proc/self/maps line containing ADDR.  */
static void
perms_of (const void *addr, char out[5])
{
  strcpy (out, "????");
  FILE *f = fopen ("/proc/self/maps", "r");
  if (f == NULL)
    return;
  char line[512];
  while (fgets (line, sizeof line, f) != NULL)
    {
      unsigned long lo, hi;
      char p[5];
      if (sscanf (line, "%lx-%lx %4s", &lo, &hi, p) == 3
          && lo <= (uintptr_t) addr && (uintptr_t) addr < hi)
        {
          memcpy (out, p, 5);
          break;
        }
    }
  fclose (f);
}

static void *
thread_stack (void *arg)
{
  volatile char here = 0;
  perms_of ((const void *) &here, arg);
  return NULL;
}

static int
stack (void)
{
  char main_perms[5], thread_perms[5];
  volatile char here = 0;
  perms_of ((const void *) &here, main_perms);
  pthread_t t;
  if (pthread_create (&t, NULL, thread_stack, thread_perms) != 0)
    return 1;
  pthread_join (t, NULL);
  printf ("main stack %s, thread stack %s\n", main_perms, thread_perms);
  return 0;
}

struct phdrs
{
  uintptr_t eh_frame, sframe;
};

static int
own_phdrs (struct dl_phdr_info *info, size_t size, void *data)
{
  (void) size;
  struct phdrs *p = data;
  /* The program is the first object.  */
  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      if (info->dlpi_phdr[i].p_type == PT_GNU_EH_FRAME)
        p->eh_frame = info->dlpi_addr + info->dlpi_phdr[i].p_vaddr;
      if (info->dlpi_phdr[i].p_type == PT_GNU_SFRAME)
        p->sframe = info->dlpi_addr + info->dlpi_phdr[i].p_vaddr;
    }
  return 1;
}

static int
find (void)
{
#if !__GLIBC_PREREQ (2, 35)
  puts ("find_object: not in this release");
  return 0;
#else
  struct phdrs p = { 0, 0 };
  dl_iterate_phdr (own_phdrs, &p);
  /* 96 bytes in every release; 2.43 names the sixth word dlfo_sframe.  */
  uint64_t words[12];
  memset (words, 0xab, sizeof words);
  if (_dl_find_object ((void *) find, (struct dl_find_object *) words) != 0)
    return 1;
  struct link_map *self = (struct link_map *) words[3];
  printf ("find_object: flags %#llx, program's link map %s, range contains main %s, "
          "eh_frame %s, has sframe segment %s, word 5 %s\n",
          (unsigned long long) words[0],
          self != NULL && self->l_prev == NULL ? "yes" : "no",
          words[1] <= (uintptr_t) find && (uintptr_t) find < words[2] ? "yes" : "no",
          words[4] == p.eh_frame ? "matches" : "differs",
          p.sframe != 0 ? "yes" : "no",
          words[5] == p.sframe ? "is the sframe segment"
          : words[5] == 0xababababababababull ? "untouched" : "other");
  return 0;
#endif
}

/* In writable data: not read-only for the fortify check.  */
static char writable_format[] = "rw: %d%n chars\n";
/* A page of writable data of its own, for mprotect.  */
static char protected_format[4096] __attribute__ ((aligned (4096))) = "mprotected: %d%n chars\n";

int
main (int argc, char **argv)
{
  if (argc < 2)
    return 2;
  if (strcmp (argv[1], "stack") == 0)
    return stack ();
  if (strcmp (argv[1], "find") == 0)
    return find ();
  int n = 0;
  if (strcmp (argv[1], "ro") == 0)
    {
      /* A literal (.rodata): allowed.  */
      printf ("ro: %d%n chars\n", 12345, &n);
      printf ("%d\n", n);
      return 0;
    }
  if (strcmp (argv[1], "mprotected") == 0)
    {
      if (mprotect (protected_format, sizeof protected_format, PROT_READ) != 0)
        return 3;
      printf (protected_format, 12345, &n);
      printf ("%d\n", n);
      return 0;
    }
  if (strcmp (argv[1], "rw") == 0)
    {
      printf (writable_format, 12345, &n);
      printf ("%d\n", n);
      return 0;
    }
  return 2;
}
