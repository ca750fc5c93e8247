/* What a glibc dynamic linker computes for x86 CPU features.

   Reference for src/glibc/cpu_features*.rs.  Two modes:

   1. cpu_features_dump OFFSET SIZE [ITEM...]
      Print what the *running* ld.so computed: the bytes of
      GLRO(dl_x86_cpu_features), related _rtld_global_ro words and the
      values of glibc.cpu.* tunables.
        OFFSET SIZE   where struct cpu_features lies in _rtld_global_ro
                      (glibc 2.31: 104 168; glibc 2.36: 112 480;
                      glibc 2.41, 2.43: 112 528)
        ITEM          w:NAME:OFF   8-byte word at _rtld_global_ro + OFF
                      g:NAME:OFF   4-byte word at _rtld_global + OFF (e.g. 2.41's
                                   GL(dl_x86_feature_control) at 2740, whose
                                   bits 4..5 are plt_rewrite)
                      p:NAME:OFF   pointer at _rtld_global_ro + OFF, printed as
                                   offset from the base of the object it
                                   points into (dladdr), e.g. which
                                   _dl_runtime_resolve_* was chosen
                      t:NAME:ID    value of tunable ID via __tunable_get_val
                                   (the tunable_id_t numbering of that build;
                                   numeric tunables only)
      Always printed: AT_MINSIGSTKSZ and AT_HWCAP2 from the auxv (inputs of
      init_cpu_features), GLRO(dl_hwcap) (+96), GLRO(dl_minsigstacksize)
      (+32) and GLRO(dl_platform) (+8; "-" if it is still AT_PLATFORM); these
      three offsets are the same in 2.36, 2.41 and 2.43.  Before 2.33 (the
      libc this program runs with tells) there is no dl_minsigstacksize, so
      no minsig line, and GLRO(dl_hwcap) is at +88.  Numbers are hex without
      0x.  Pin the process to one CPU (taskset -c 0) when comparing: leaf 1
      EBX bits 31:24 are the APIC ID of the CPU that ran ld.so's CPUID.
      For the Debian 13 ld.so, e.g.:
        taskset -c 0 cpu_features_dump 112 528 t:plt_rewrite_tunable:1 \
          t:prefer_map_32bit_exec:2 t:x86_data_cache_size:3 \
          t:x86_memset_non_temporal_threshold:5 t:x86_non_temporal_threshold:6 \
          t:x86_rep_movsb_threshold:7 t:x86_rep_stosb_threshold:8 \
          t:x86_shared_cache_size:9 p:runtime_resolve:680 g:feature_control:2740
      and for Debian sid's 2.43 (same struct and tunable ids; the pointer
      fields after the struct moved down by 32 bytes, and
      GL(dl_x86_feature_control) is at 1972):
        ... t:x86_shared_cache_size:9 p:runtime_resolve:648 \
          g:feature_control:1972

   2. cpu_features_dump --emulate LDSO PROFILE
      Run the init_cpu_features code of a known ld.so build on a synthetic
      CPU: the Debian 13 ld.so (glibc 2.41-12+deb13u5, build-id
      f8cba873b4b012040a77161991425f66a8b2e700), the Debian sid one
      (glibc 2.43-7, build-id 0a8e9e6786b32d6e0071b94092410c732237d535) or
      the Debian 11 one (glibc 2.31-13+deb11u11, build-id
      1b3277a419c3fa42b199e5a170ea215b32689793); other builds are refused
      (see `builds' below for what each needs).
      The ld.so file is mapped as data (RWX), its RELR/RELA relocations
      are applied, every CPUID and XGETBV instruction (addresses from
      objdump) is replaced by INT3 and answered from the PROFILE in a
      SIGTRAP handler, then that ld.so's own __tunables_init (envp) and
      _dl_x86_init_cpu_features () run, and the results are printed from
      its _rtld_global_ro, _rtld_global and tunable_list, in the format of
      cpu_features_2_41::dump_hex plus a "cpuid_calls N" line.
      In 2.31 init_cpu_features is inlined into _dl_sysdep_start, so that
      function runs instead (with a synthetic initial stack and a dl_main
      of ours that prints); the output is in the format of
      cpu_features_2_31::dump_hex plus "cpuid_calls N" (and "platformlen"
      should it not match the platform string).  minsig is ignored and
      hwcap2 only becomes AT_HWCAP2 (2.31's init_cpu_features reads
      neither), and env lines only reach __tunables_init
      (LD_PREFER_MAP_32BIT_EXEC is handled in dl_main, not run here).
      PROFILE lines (hex numbers):
        cpuid LEAF SUB EAX EBX ECX EDX   (missing leaves read as zero; SUB
                                          is ignored for leaves glibc reads
                                          with __cpuid, use 0)
        xcr0 V
        minsig V        (AT_MINSIGSTKSZ; default 0 = absent)
        hwcap2 V        (AT_HWCAP2; default 0)
        tunables STR    (GLIBC_TUNABLES value)
        env STR         (extra environment string, e.g.
                         LD_PREFER_MAP_32BIT_EXEC=1)
        passthrough     (execute CPUID/XGETBV on the host CPU: reproduces
                         the live ld.so's bytes)

   Build: cc -O2 -o cpu_features_dump cpu_features_dump.c
   (glibc >= 2.34 has dlsym in libc; add -ldl for older ones).  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#ifndef DT_RELR /* <elf.h> before glibc 2.36 */
#define DT_RELRSZ 35
#define DT_RELR 36
#endif
#include <fcntl.h>
#include <gnu/libc-version.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef AT_MINSIGSTKSZ
# define AT_MINSIGSTKSZ 51
#endif

/* ---- Mode 2: emulation of a known ld.so build ---- */

/* CPUID instructions are 0f a2; XGETBV (marked X) is 0f 01 d0.  */
#define X 0x80000000UL

/* What the emulation needs to know about one ld.so build: addresses (nm of
   its libc6-dbg file), the offsets in its _rtld_global_ro / _rtld_global
   that init_cpu_features touches (pahole), and every CPUID and XGETBV
   instruction in the file (objdump -d | grep -E 'cpuid|xgetbv').  */
struct ldso_build
{
  const char *name;
  const char *build_id;
  unsigned long rtld_global_ro, rtld_global, tunable_list, tunables_init,
    init_cpu_features, tlsdesc_state_size;
  /* _rtld_global_ro offsets.  */
  unsigned long ro_hwcap2, ro_tlsdesc_dynamic, ro_runtime_resolve;
  /* _rtld_global offset of _dl_x86_feature_control.  */
  unsigned long gl_feature_control;
  /* _dl_runtime_resolve_{fxsave,xsave,xsavec} and
     _dl_tlsdesc_dynamic_{fxsave,xsave,xsavec}.  */
  unsigned long resolve[3], tlsdesc[3];
  const unsigned long *patch_list;
  size_t npatch_list;
  /* Where struct cpu_features and GLRO(dl_hwcap) lie in _rtld_global_ro,
     and sizeof (struct cpu_features).  */
  unsigned long ro_cpu_features, cpu_features_size, ro_hwcap;
  /* Non-zero for builds whose init_cpu_features is inlined into
     _dl_sysdep_start (glibc 2.31: dl_platform_init): that function's
     address.  It is called with a synthetic initial stack and a dl_main
     of ours, so __tunables_init, init_cpu_features and the
     dl_platformlen computation run exactly as at startup.  */
  unsigned long sysdep_start;
};

/* Debian 13: glibc 2.41-12+deb13u5.  */
static const unsigned long patches_2_41[] = {
  0x15239, 0x1527d, 0x15382, 0x153a0, 0x15412, 0x1542c, 0x15460, 0x15471,
  0x15506, 0x15541, 0x156a5, 0x156e2, 0x15821, 0x15888, 0x158ac, 0x158d6,
  0x15900, 0x1592a, 0x15967, 0x15a85, 0x15c36, 0x1607c, 0x160e5, 0x161d5,
  0x16421 | X, 0x16448, 0x16571, 0x165b3, 0x16785, 0x168c9, 0x16922,
  0x16932, 0x16959, 0x16980, 0x174c1, 0x174d1, 0x174f8, 0x1751f, 0x178ed,
  0x178fd, 0x17924, 0x1794b, 0x17dae, 0x17dbe, 0x17de5, 0x17e0c, 0x195de,
  0x19c4f | X,
};

/* Debian sid: glibc 2.43-7.  _dl_x86_hwcap_flags is gone from
   _rtld_global_ro (glibc commit e5893e6349 "Remove unused dl-procinfo.h",
   first in 2.42), so everything after _dl_x86_cpu_features moved down by
   32 bytes.  */
static const unsigned long patches_2_43[] = {
  0x15b49, 0x15b90, 0x15c96, 0x15cc0, 0x15d3c, 0x15d70, 0x15d83, 0x15e11,
  0x15e52, 0x15fb5, 0x15ff2, 0x16131, 0x16192, 0x161b6, 0x161e3, 0x1620d,
  0x16237, 0x16274, 0x16398, 0x16516, 0x1695c, 0x169c5, 0x16aaf,
  0x16cf3 | X, 0x16d1d, 0x16e47, 0x16e8b, 0x170b7, 0x17149, 0x171a2,
  0x171b2, 0x171d9, 0x17200, 0x17ce9, 0x17cf9, 0x17d20, 0x17d47, 0x1818d,
  0x1819d, 0x181c4, 0x181eb, 0x1860b, 0x1861b, 0x18642, 0x18669, 0x19fa0,
  0x1a642 | X,
};

/* Debian 11: glibc 2.31-13+deb11u11.  Only get_common_indices (a
   constprop clone) is out of line; the rest of init_cpu_features is in
   _dl_sysdep_start.  libc computes the cache sizes itself in 2.31
   (init_cacheinfo), so ld.so has no leaf 2/4 code.  */
static const unsigned long patches_2_31[] = {
  0x192e8, 0x19345, 0x19372, 0x193a0 | X, 0x193c5, 0x19425, 0x19a0c,
  0x19bcf, 0x19bdf, 0x19c06, 0x19c2d, 0x19deb, 0x19dfb, 0x19e22, 0x19e49,
};

static const struct ldso_build builds[] = {
  { "glibc 2.41-12+deb13u5 (Debian 13)",
    "f8cba873b4b012040a77161991425f66a8b2e700",
    0x35aa0, 0x36000, 0x34320, 0x13700, 0x17ec0, 0x36f18,
    816, 672, 680, 2740,
    { 0x132c0, 0x13340, 0x13410 }, { 0x17f10, 0x17fc0, 0x180d0 },
    patches_2_41, sizeof patches_2_41 / sizeof patches_2_41[0],
    112, 528, 96, 0 },
  { "glibc 2.43-7 (Debian sid)",
    "0a8e9e6786b32d6e0071b94092410c732237d535",
    0x36ac0, 0x37000, 0x35680, 0x140c0, 0x18740, 0x37c18,
    784, 640, 648, 1972,
    { 0x13ca0, 0x13d20, 0x13df0 }, { 0x18790, 0x18840, 0x18950 },
    patches_2_43, sizeof patches_2_43 / sizeof patches_2_43[0],
    112, 528, 96, 0 },
  { "glibc 2.31-13+deb11u11 (Debian 11)",
    "1b3277a419c3fa42b199e5a170ea215b32689793",
    0x2a5c0, 0x2b060, 0x2a840, 0x17770, 0, 0,
    464, 0, 0, 0,
    { 0, 0, 0 }, { 0, 0, 0 },
    patches_2_31, sizeof patches_2_31 / sizeof patches_2_31[0],
    104, 168, 88, 0x19660 },
};

static const struct ldso_build *bld;
static unsigned char *base;

struct patch { unsigned long addr; int len; int is_xgetbv; };
static struct patch patches[64];
static int npatches;

struct leaf { uint32_t leaf, sub, r[4]; };
static struct leaf leaves[512];
static int nleaves;
static uint64_t xcr0;
static int passthrough;
static unsigned long ncpuid;

static int
subleaf_indexed (uint32_t leaf)
{
  switch (leaf)
    {
    case 4: case 7: case 0xb: case 0xd: case 0xf: case 0x10: case 0x12:
    case 0x14: case 0x17: case 0x18: case 0x1d: case 0x1e: case 0x1f:
    case 0x20: case 0x23: case 0x24: case 0x8000001d: case 0x80000020:
    case 0x80000026:
      return 1;
    default:
      return 0;
    }
}

static void
handler (int sig, siginfo_t *si, void *uc_)
{
  (void) sig; (void) si;
  ucontext_t *uc = uc_;
  greg_t *g = uc->uc_mcontext.gregs;
  unsigned long rip = g[REG_RIP] - 1 - (unsigned long) base;
  for (int i = 0; i < npatches; i++)
    if (patches[i].addr == rip)
      {
	uint32_t a = g[REG_RAX], c = g[REG_RCX];
	uint32_t r[4] = { 0, 0, 0, 0 };
	if (patches[i].is_xgetbv)
	  {
	    uint64_t v;
	    if (passthrough)
	      {
		uint32_t lo, hi;
		asm volatile ("xgetbv" : "=a" (lo), "=d" (hi) : "c" (c));
		v = ((uint64_t) hi << 32) | lo;
	      }
	    else
	      v = c == 0 ? xcr0 : 0;
	    g[REG_RAX] = (uint32_t) v;
	    g[REG_RDX] = (uint32_t) (v >> 32);
	  }
	else
	  {
	    ncpuid++;
	    if (passthrough)
	      asm volatile ("cpuid" : "=a" (r[0]), "=b" (r[1]), "=c" (r[2]),
			    "=d" (r[3]) : "a" (a), "c" (c));
	    else
	      {
		uint32_t sub = subleaf_indexed (a) ? c : 0;
		for (int j = 0; j < nleaves; j++)
		  if (leaves[j].leaf == a && leaves[j].sub == sub)
		    {
		      memcpy (r, leaves[j].r, sizeof r);
		      break;
		    }
	      }
	    g[REG_RAX] = r[0];
	    g[REG_RBX] = r[1];
	    g[REG_RCX] = r[2];
	    g[REG_RDX] = r[3];
	  }
	g[REG_RIP] = (unsigned long) base + patches[i].addr + patches[i].len;
	return;
      }
  fprintf (stderr, "unexpected SIGTRAP at +%lx\n", rip);
  _exit (3);
}

static unsigned char *
slurp (const char *path, size_t *len)
{
  int fd = open (path, O_RDONLY);
  if (fd < 0) { perror (path); exit (1); }
  struct stat st;
  fstat (fd, &st);
  unsigned char *p = malloc (st.st_size);
  size_t got = 0;
  while (got < (size_t) st.st_size)
    {
      ssize_t n = read (fd, p + got, st.st_size - got);
      if (n <= 0) { perror ("read"); exit (1); }
      got += n;
    }
  close (fd);
  *len = st.st_size;
  return p;
}

static void
load (const char *path)
{
  size_t len;
  unsigned char *f = slurp (path, &len);
  Elf64_Ehdr *eh = (Elf64_Ehdr *) f;
  Elf64_Phdr *ph = (Elf64_Phdr *) (f + eh->e_phoff);
  int id_ok = 0;
  for (int i = 0; i < eh->e_phnum; i++)
    if (ph[i].p_type == PT_NOTE)
      for (size_t o = 0; o + 12 <= ph[i].p_filesz;)
	{
	  Elf64_Nhdr *nh = (Elf64_Nhdr *) (f + ph[i].p_offset + o);
	  unsigned char *desc = (unsigned char *) (nh + 1)
				+ ((nh->n_namesz + 3) & ~3U);
	  if (nh->n_type == NT_GNU_BUILD_ID && nh->n_descsz == 20)
	    {
	      char hex[41];
	      for (int k = 0; k < 20; k++)
		sprintf (hex + 2 * k, "%02x", desc[k]);
	      for (size_t b = 0; b < sizeof builds / sizeof builds[0]; b++)
		if (strcmp (hex, builds[b].build_id) == 0)
		  {
		    bld = &builds[b];
		    id_ok = 1;
		  }
	    }
	  o += sizeof *nh + ((nh->n_namesz + 3) & ~3U)
	       + ((nh->n_descsz + 3) & ~3U);
	}
  if (!id_ok)
    {
      fprintf (stderr, "%s: not an ld.so build this program knows:", path);
      for (size_t b = 0; b < sizeof builds / sizeof builds[0]; b++)
	fprintf (stderr, " %s (build-id %s)", builds[b].name,
		 builds[b].build_id);
      fprintf (stderr, "\n");
      exit (1);
    }
  unsigned long span = 0;
  for (int i = 0; i < eh->e_phnum; i++)
    if (ph[i].p_type == PT_LOAD && ph[i].p_vaddr + ph[i].p_memsz > span)
      span = ph[i].p_vaddr + ph[i].p_memsz;
  span = (span + 0xfff) & ~0xfffUL;
  base = mmap (NULL, span, PROT_READ | PROT_WRITE | PROT_EXEC,
	       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) { perror ("mmap"); exit (1); }
  Elf64_Dyn *dyn = NULL;
  for (int i = 0; i < eh->e_phnum; i++)
    {
      if (ph[i].p_type == PT_LOAD)
	memcpy (base + ph[i].p_vaddr, f + ph[i].p_offset, ph[i].p_filesz);
      if (ph[i].p_type == PT_DYNAMIC)
	dyn = (Elf64_Dyn *) (base + ph[i].p_vaddr);
    }
  unsigned long rela = 0, relasz = 0, relr = 0, relrsz = 0, symtab = 0;
  unsigned long jmprel = 0, pltrelsz = 0;
  for (Elf64_Dyn *d = dyn; d->d_tag != DT_NULL; d++)
    switch (d->d_tag)
      {
      case DT_RELA: rela = d->d_un.d_ptr; break;
      case DT_RELASZ: relasz = d->d_un.d_val; break;
      case DT_RELR: relr = d->d_un.d_ptr; break;
      case DT_RELRSZ: relrsz = d->d_un.d_val; break;
      case DT_SYMTAB: symtab = d->d_un.d_ptr; break;
      case DT_JMPREL: jmprel = d->d_un.d_ptr; break;
      case DT_PLTRELSZ: pltrelsz = d->d_un.d_val; break;
      }
  /* RELR.  */
  uint64_t *where = NULL;
  for (uint64_t *e = (uint64_t *) (base + relr);
       e < (uint64_t *) (base + relr + relrsz); e++)
    {
      if ((*e & 1) == 0)
	{
	  where = (uint64_t *) (base + *e);
	  *where++ += (uint64_t) base;
	}
      else
	{
	  uint64_t bits = *e >> 1;
	  for (int i = 0; bits != 0; i++, bits >>= 1)
	    if (bits & 1)
	      where[i] += (uint64_t) base;
	  where += 63;
	}
    }
  /* RELA, then the PLT's (glibc 2.31's ld.so has a .rela.plt).  */
  Elf64_Sym *syms = (Elf64_Sym *) (base + symtab);
  for (int pass = 0; pass < 2; pass++)
  for (Elf64_Rela *r = (Elf64_Rela *) (base + (pass ? jmprel : rela));
       r < (Elf64_Rela *) (base + (pass ? jmprel + pltrelsz : rela + relasz));
       r++)
    {
      uint64_t *p = (uint64_t *) (base + r->r_offset);
      switch (ELF64_R_TYPE (r->r_info))
	{
	case R_X86_64_RELATIVE:
	  *p = (uint64_t) base + r->r_addend;
	  break;
	case R_X86_64_GLOB_DAT:
	case R_X86_64_JUMP_SLOT:
	  *p = (uint64_t) base + syms[ELF64_R_SYM (r->r_info)].st_value;
	  break;
	case R_X86_64_64:
	  *p = (uint64_t) base + syms[ELF64_R_SYM (r->r_info)].st_value
	       + r->r_addend;
	  break;
	case R_X86_64_IRELATIVE:
	  /* __x86_cpu_features: not needed.  */
	  break;
	default:
	  fprintf (stderr, "reloc type %lu\n",
		   (unsigned long) ELF64_R_TYPE (r->r_info));
	  exit (1);
	}
    }
}

static void
apply_patches (void)
{
  for (size_t k = 0; k < bld->npatch_list; k++)
    {
      struct patch *p = &patches[npatches++];
      p->addr = bld->patch_list[k] & ~X;
      p->is_xgetbv = (bld->patch_list[k] & X) != 0;
      p->len = p->is_xgetbv ? 3 : 2;
      unsigned char *q = base + p->addr;
      if (p->is_xgetbv ? !(q[0] == 0x0f && q[1] == 0x01 && q[2] == 0xd0)
	  : !(q[0] == 0x0f && q[1] == 0xa2))
	{
	  fprintf (stderr, "no CPUID/XGETBV at %lx\n", p->addr);
	  exit (1);
	}
      q[0] = 0xcc;
      for (int i = 1; i < p->len; i++)
	q[i] = 0x90;
    }
}

/* The dl_main that emulate_sysdep_start passes to _dl_sysdep_start: print
   what _dl_sysdep_start left in that ld.so's _rtld_global_ro.  */
static const char at_platform[] = "x86_64";

static void
print_sysdep_start_result (const void *phdr, unsigned long phnum,
			   unsigned long *user_entry, void *auxv)
{
  (void) phdr; (void) phnum; (void) user_entry; (void) auxv;
  const unsigned char *ro = base + bld->rtld_global_ro;
  printf ("features ");
  for (unsigned long i = 0; i < bld->cpu_features_size; i++)
    printf ("%02x", ro[bld->ro_cpu_features + i]);
  printf ("\n");
  uint64_t w;
  memcpy (&w, ro + bld->ro_hwcap, 8);
  printf ("hwcap %lx\n", (unsigned long) w);
  const char *pl;
  memcpy (&pl, ro + 8, 8);
  memcpy (&w, ro + 16, 8);
  /* "-": still AT_PLATFORM, as in mode 1.  */
  if (pl == at_platform)
    printf ("platform -\n");
  else
    printf ("platform %s\n", pl != NULL ? pl : "(null)");
  if (pl != NULL && w != strlen (pl))
    printf ("platformlen %lx\n", (unsigned long) w);
  printf ("cpuid_calls %lu\n", ncpuid);
  fflush (stdout);
}

/* Builds whose init_cpu_features is inlined into _dl_sysdep_start (2.31):
   call that with the initial stack the kernel would pass (argc, argv,
   envp, auxv with AT_PLATFORM "x86_64", AT_HWCAP, AT_HWCAP2, AT_PAGESZ,
   AT_RANDOM, AT_SECURE 0) and print from its dl_main.  Its
   __tunables_init copies GLIBC_TUNABLES with that ld.so's __sbrk (the
   process break moves; nothing here uses brk memory afterwards) and
   NUL-terminates values in the original string, which is why it is
   writable here.  */
static int
emulate_sysdep_start (char *tunables, char extra_env[][512], int nextra,
		      uint64_t hwcap2)
{
  static char argv0[] = "cpu_features_dump";
  static unsigned char random_bytes[16];
  static char stdout_buf[8192];
  uintptr_t stack[64];
  int n = 0;
  /* No stdio buffer allocation between that __sbrk and the output.  */
  setvbuf (stdout, stdout_buf, _IOFBF, sizeof stdout_buf);
  stack[n++] = 1;
  stack[n++] = (uintptr_t) argv0;
  stack[n++] = 0;
  if (tunables != NULL)
    stack[n++] = (uintptr_t) tunables;
  for (int i = 0; i < nextra; i++)
    stack[n++] = (uintptr_t) extra_env[i];
  stack[n++] = 0;
  const uintptr_t auxv[][2] = {
    { AT_PAGESZ, 4096 }, { AT_PLATFORM, (uintptr_t) at_platform },
    { AT_HWCAP, 0x178bfbff }, { AT_HWCAP2, hwcap2 },
    { AT_RANDOM, (uintptr_t) random_bytes }, { AT_SECURE, 0 },
    { AT_NULL, 0 } };
  for (size_t i = 0; i < sizeof auxv / sizeof auxv[0]; i++)
    {
      stack[n++] = auxv[i][0];
      stack[n++] = auxv[i][1];
    }
  ((unsigned long (*) (void **, void *)) (base + bld->sysdep_start))
    ((void **) stack, (void *) print_sysdep_start_result);
  return 0;
}

static int
emulate (const char *ldso, const char *profile)
{
  load (ldso);
  apply_patches ();

  static char tunables[4096] = "GLIBC_TUNABLES=";
  static char extra_env[8][512];
  int nextra = 0, have_tunables = 0;
  uint64_t minsig = 0, hwcap2 = 0;
  FILE *fp = fopen (profile, "r");
  if (fp == NULL) { perror (profile); return 1; }
  char line[4096];
  while (fgets (line, sizeof line, fp))
    {
      line[strcspn (line, "\n")] = 0;
      struct leaf *l = &leaves[nleaves];
      char s[4000];
      if (sscanf (line, "cpuid %x %x %x %x %x %x", &l->leaf, &l->sub, &l->r[0],
		  &l->r[1], &l->r[2], &l->r[3]) == 6)
	nleaves++;
      else if (sscanf (line, "xcr0 %lx", &xcr0) == 1)
	;
      else if (sscanf (line, "minsig %lx", &minsig) == 1)
	;
      else if (sscanf (line, "hwcap2 %lx", &hwcap2) == 1)
	;
      else if (strncmp (line, "tunables ", 9) == 0)
	{
	  strcat (tunables, line + 9);
	  have_tunables = 1;
	}
      else if (sscanf (line, "env %3999s", s) == 1)
	strcpy (extra_env[nextra++], s);
      else if (strcmp (line, "passthrough") == 0)
	passthrough = 1;
      else if (line[0] != 0 && line[0] != '#')
	{
	  fprintf (stderr, "bad profile line: %s\n", line);
	  return 2;
	}
    }
  fclose (fp);

  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sa.sa_flags = SA_SIGINFO;
  sigaction (SIGTRAP, &sa, NULL);

  if (bld->sysdep_start != 0)
    return emulate_sysdep_start (have_tunables ? tunables : NULL, extra_env,
				 nextra, hwcap2);

  unsigned char *ro = base + bld->rtld_global_ro;
  memcpy (ro + 32, &minsig, 8);
  memcpy (ro + bld->ro_hwcap2, &hwcap2, 8);
  uint64_t platform0 = 0;
  memcpy (ro + 8, &platform0, 8);

  char *envp[16];
  int ne = 0;
  if (have_tunables)
    envp[ne++] = tunables;
  for (int i = 0; i < nextra; i++)
    envp[ne++] = extra_env[i];
  envp[ne] = NULL;
  ((void (*) (char **)) (base + bld->tunables_init)) (envp);
  ((void (*) (void)) (base + bld->init_cpu_features)) ();

  printf ("features ");
  for (int i = 0; i < 528; i++)
    printf ("%02x", ro[112 + i]);
  printf ("\n");
  uint64_t w;
  memcpy (&w, ro + 96, 8);
  printf ("hwcap %lx\n", (unsigned long) w);
  memcpy (&w, ro + 32, 8);
  printf ("minsig %lx\n", (unsigned long) w);
  char *pl;
  memcpy (&pl, ro + 8, 8);
  printf ("platform %s\n", pl != NULL ? pl : "-");
  memcpy (&w, base + bld->tlsdesc_state_size, 8);
  printf ("tlsdesc_state_size %lx\n", (unsigned long) w);
  void *ptr;
  unsigned long td, rr;
  memcpy (&ptr, ro + bld->ro_tlsdesc_dynamic, 8);
  td = ptr ? (unsigned long) ((unsigned char *) ptr - base) : 0UL;
  memcpy (&ptr, ro + bld->ro_runtime_resolve, 8);
  rr = ptr ? (unsigned long) ((unsigned char *) ptr - base) : 0UL;
  static const char *const xsnames[3] = { "fxsave", "xsave", "xsavec" };
  const char *xs = "?";
  for (int v = 0; v < 3; v++)
    if (rr == bld->resolve[v] && td == bld->tlsdesc[v])
      xs = xsnames[v];
  if (xs[0] == '?')
    fprintf (stderr, "odd resolve pointers %lx %lx\n", rr, td);
  printf ("xsave_state %s\n", xs);
  uint32_t fc;
  memcpy (&fc, base + bld->rtld_global + bld->gl_feature_control, 4);
  printf ("plt_rewrite %x\n", (fc >> 4) & 3);
  static const char *const tnames[] = {
    "hwcaps", "plt_rewrite", "prefer_map_32bit_exec", "x86_data_cache_size",
    "x86_ibt", "x86_memset_non_temporal_threshold",
    "x86_non_temporal_threshold", "x86_rep_movsb_threshold",
    "x86_rep_stosb_threshold", "x86_shared_cache_size", "x86_shstk" };
  for (int id = 0; id <= 10; id++)
    {
      if (id == 0 || id == 4 || id == 10)
	continue;		/* Strings.  */
      /* tunable_t is 136 bytes in both builds, and the glibc.cpu ids
	 0..10 are the same (the list is sorted by name; 2.43 dropped
	 glibc.elision.*, which sort after them).  */
      unsigned char *t = base + bld->tunable_list + 136 * id;
      int64_t min, max, val;
      memcpy (&min, t + 56, 8);
      memcpy (&max, t + 64, 8);
      memcpy (&val, t + 88, 8);
      printf ("tunable %s %lx %lx %lx %d\n", tnames[id], (unsigned long) val,
	      (unsigned long) min, (unsigned long) max, t[104]);
    }
  printf ("cpuid_calls %lu\n", ncpuid);
  return 0;
}

/* ---- Mode 1: the running ld.so ---- */

typedef void (*tunable_get_val_fn) (uint32_t, void *, void *);

int
main (int argc, char **argv)
{
  if (argc == 4 && strcmp (argv[1], "--emulate") == 0)
    return emulate (argv[2], argv[3]);
  if (argc < 3)
    {
      fprintf (stderr, "usage: %s OFFSET SIZE [w:NAME:OFF|g:NAME:OFF|p:NAME:OFF|t:NAME:ID]...\n"
	       "       %s --emulate LDSO PROFILE\n",
	       argv[0], argv[0]);
      return 2;
    }
  unsigned long off = strtoul (argv[1], NULL, 0);
  unsigned long size = strtoul (argv[2], NULL, 0);

  const unsigned char *ro = dlsym (RTLD_DEFAULT, "_rtld_global_ro");
  if (ro == NULL)
    {
      fprintf (stderr, "dlsym(_rtld_global_ro): %s\n", dlerror ());
      return 1;
    }
  const unsigned char *gl = dlsym (RTLD_DEFAULT, "_rtld_global");
  tunable_get_val_fn get = (tunable_get_val_fn) dlsym (RTLD_DEFAULT,
						      "__tunable_get_val");

  printf ("auxv_minsigstksz %lx\n", getauxval (AT_MINSIGSTKSZ));
  printf ("auxv_hwcap2 %lx\n", getauxval (AT_HWCAP2));

  printf ("features ");
  for (unsigned long i = 0; i < size; i++)
    printf ("%02x", ro[off + i]);
  printf ("\n");

  uint64_t w;
  /* Before 2.33 _rtld_global_ro had no _dl_minsigstacksize (+32 in 2.36,
     2.41, 2.43), so _dl_hwcap is at +88, not +96.  The libc this program
     runs with is the release's, under its ld.so and under dryad alike.  */
  int minor = 0;
  sscanf (gnu_get_libc_version (), "2.%d", &minor);
  memcpy (&w, ro + (minor < 33 ? 88 : 96), 8);
  printf ("hwcap %lx\n", (unsigned long) w);
  if (minor >= 33)
    {
      memcpy (&w, ro + 32, 8);
      printf ("minsig %lx\n", (unsigned long) w);
    }
  const char *platform;
  memcpy (&platform, ro + 8, sizeof platform);
  /* "-" when ld.so kept AT_PLATFORM (glibc replaces it only on Intel).  */
  if (platform == NULL || platform == (const char *) getauxval (AT_PLATFORM))
    printf ("platform -\n");
  else
    printf ("platform %s\n", platform);

  for (int i = 3; i < argc; i++)
    {
      char kind;
      char name[128];
      unsigned long n;
      if (sscanf (argv[i], "%c:%127[^:]:%li", &kind, name, &n) != 3)
	{
	  fprintf (stderr, "bad item %s\n", argv[i]);
	  return 2;
	}
      if (kind == 'w')
	{
	  memcpy (&w, ro + n, 8);
	  printf ("%s %lx\n", name, (unsigned long) w);
	}
      else if (kind == 'g' && gl != NULL)
	{
	  uint32_t v;
	  memcpy (&v, gl + n, 4);
	  printf ("%s %x\n", name, v);
	}
      else if (kind == 'p')
	{
	  void *ptr;
	  Dl_info info;
	  memcpy (&ptr, ro + n, sizeof ptr);
	  if (ptr != NULL && dladdr (ptr, &info) != 0)
	    printf ("%s +%lx\n", name,
		    (unsigned long) ((const char *) ptr
				     - (const char *) info.dli_fbase));
	  else
	    printf ("%s %lx\n", name, (unsigned long) ptr);
	}
      else if (kind == 't')
	{
	  if (get == NULL)
	    {
	      printf ("%s ?\n", name);
	      continue;
	    }
	  /* SIZE_T/UINT_64 tunables store 8 bytes, INT_32 ones 4 (the
	     upper half stays 0 here).  */
	  uint64_t v = 0;
	  get ((uint32_t) n, &v, NULL);
	  printf ("%s %lx\n", name, (unsigned long) v);
	}
      else
	{
	  fprintf (stderr, "bad item %s\n", argv[i]);
	  return 2;
	}
    }
  return 0;
}
