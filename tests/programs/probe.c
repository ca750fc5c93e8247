/* From the project's shared notes (docs/glibc-2.36.md): prints the live
 * glibc-private structures (TCB, _rtld_global(_ro), link maps) so they can
 * be compared between glibc's ld.so and dryad. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/rseq.h>
#include <string.h>
#include <dlfcn.h>
#include <link.h>
#include <sys/auxv.h>
#include <pthread.h>

static __thread int tlsvar = 42;
static uint64_t rd(void *b, size_t off){ uint64_t v; memcpy(&v,(char*)b+off,8); return v;}
static uint32_t rd4(void *b, size_t off){ uint32_t v; memcpy(&v,(char*)b+off,4); return v;}
static uint64_t fs(size_t off){ uint64_t v; __asm__ volatile("mov %%fs:(%1),%0":"=r"(v):"r"(off)); return v;}
int main(int argc,char**argv){
  char *ro=dlsym(RTLD_DEFAULT,"_rtld_global_ro"), *rw=dlsym(RTLD_DEFAULT,"_rtld_global");
  printf("rseq_offset=%ld rseq_size=%u rseq_flags=%u\n",(long)__rseq_offset,__rseq_size,__rseq_flags);
  uint64_t tp=fs(0);
  printf("tp=%#lx fs:0x10(self)=%#lx fs:8(dtv)=%#lx multiple_threads=%u gscope=%u sysinfo=%#lx\n",tp,fs(0x10),fs(8),(unsigned)fs(0x18),(unsigned)(fs(0x18)>>32),fs(0x20));
  printf("stack_guard=%#lx pointer_guard=%#lx feature_1=%#x\n",fs(0x28),fs(0x30),(unsigned)fs(0x48));
  printf("tid@0x2d0=%u gettid=%d ; list@0x2c0 next=%#lx prev=%#lx ; user_stack@0x612=%u ; stackblock@0x690=%#lx stackblock_size@0x698=%#lx; specific[0]@0x510=%#lx (1stblock=%#lx)\n",(unsigned)fs(0x2d0),gettid(),fs(0x2c0),fs(0x2c8),(unsigned)(fs(0x610)>>16)&0xff,fs(0x690),fs(0x698),fs(0x510),tp+0x310);
  printf("robust_prev@0x2d8=%#lx robust_head@0x2e0: list=%#lx futex_offset=%ld pending=%#lx\n",fs(0x2d8),fs(0x2e0),(long)fs(0x2e8),fs(0x2f0));
  printf("rseq_area@0x920: cpu_id_start=%u cpu_id=%d rseq_cs=%#lx flags=%u\n",(unsigned)fs(0x920),(int)(fs(0x920)>>32),fs(0x928),(unsigned)fs(0x930));
  printf("&tlsvar=%p offset_from_tp=%ld\n",(void*)&tlsvar,(long)((char*)&tlsvar-(char*)tp));
  uint64_t *dtv=(uint64_t*)fs(8);
  printf("dtv[-1].counter=%lu dtv[0].gen=%lu dtv[1].val=%#lx to_free=%#lx dtv[2].val=%#lx\n",dtv[-2],dtv[0],dtv[2],dtv[3],dtv[4]);
  printf("RO: debug_mask=%u platform=%s platformlen=%lu pagesize=%lu minsigstk=%lu inhibit_cache=%d clktck=%d verbose=%d debug_fd=%d lazy=%d bind_not=%d dynamic_weak=%d fpu_control=%#x\n",
    rd4(ro,0),(char*)rd(ro,8),rd(ro,16),rd(ro,24),rd(ro,32),rd4(ro,40),rd4(ro,64),rd4(ro,68),rd4(ro,72),rd4(ro,76),rd4(ro,80),rd4(ro,84),rd4(ro,88)&0xffff);
  printf("RO: initial_searchlist r_list=%#lx r_nlist=%u\n",rd(ro,48),rd4(ro,56));
  printf("RO: hwcap=%#lx auxv=%#lx (getauxval(AT_HWCAP)=%#lx) hwcap2=%#lx dso_sort_algo=%u\n",rd(ro,96),rd(ro,104),getauxval(AT_HWCAP),rd(ro,776),rd4(ro,784));
  printf("RO: hwcap_flags='%s' platforms='%s','%s','%s','%s'\n",ro+592,ro+619,ro+628,ro+637,ro+646);
  printf("RO: inhibit_rpath=%#lx origin_path=%#lx tls_static_size=%lu tls_static_align=%lu tls_static_surplus=%lu profile=%#lx profile_output=%s init_all_dirs=%#lx\n",rd(ro,656),rd(ro,664),rd(ro,672),rd(ro,680),rd(ro,688),rd(ro,696),(char*)rd(ro,704),rd(ro,712));
  printf("RO: sysinfo_dso=%#lx sysinfo_map=%#lx vdso cgt=%#lx gtod=%#lx time=%#lx getcpu=%#lx cgres=%#lx\n",rd(ro,720),rd(ro,728),rd(ro,736),rd(ro,744),rd(ro,752),rd(ro,760),rd(ro,768));
  const char *fn[]={"debug_printf","mcount","lookup_symbol_x","open","close","catch_error","error_free","tls_get_addr_soft","libc_freeres","find_object","dlfcn_hook","audit"};
  for(int i=0;i<12;i++){ Dl_info di; void*p=(void*)rd(ro,792+8*i); const char*s="?"; if(p&&dladdr(p,&di)&&di.dli_sname) s=di.dli_sname; printf("RO+%d %s=%p (%s)\n",792+8*i,fn[i],p,s);}
  printf("RO: naudit=%u\n",rd4(ro,888));
  printf("RW: nns=%lu ns0.loaded=%#lx nloaded=%u main_searchlist=%#lx global_scope_alloc=%u pending=%u libc_map=%#lx\n",rd(rw,2560),rd(rw,0),rd4(rw,8),rd(rw,16),rd4(rw,24),rd4(rw,28),rd(rw,32));
  printf("RW: ns0 unique_sym_table lock kind=%u ; r_debug ext: version=%u r_map=%#lx r_brk=%#lx state=%u ldbase=%#lx next=%#lx\n",rd4(rw,40+16),rd4(rw,112),rd(rw,120),rd(rw,128),rd4(rw,136),rd(rw,144),rd(rw,152));
  for(int l=0;l<3;l++){size_t o=2568+40*l; printf("RW: lock%d @%zu: lock=%u count=%u owner=%u nusers=%u kind=%u spins=%u\n",l,o,rd4(rw,o),rd4(rw,o+4),rd4(rw,o+8),rd4(rw,o+12),rd4(rw,o+16),rd4(rw,o+20));}
  printf("RW: load_adds=%lu initfirst=%#lx profile_map=%#lx num_relocs=%lu cache_relocs=%lu all_dirs=%#lx\n",rd(rw,2688),rd(rw,2696),rd(rw,2704),rd(rw,2712),rd(rw,2720),rd(rw,2728));
  printf("RW: x86_feature_1=%#x feature_control=%#x stack_flags=%#x dtv_gaps=%u max_dtv_idx=%lu slotinfo_list=%#lx static_nelem=%lu static_used=%lu static_optional=%lu initial_dtv=%#lx generation=%lu scope_free_list=%#lx\n",
     rd4(rw,4184),rd4(rw,4188),rd4(rw,4192),((unsigned char*)rw)[4196],rd(rw,4200),rd(rw,4208),rd(rw,4216),rd(rw,4224),rd(rw,4232),rd(rw,4240),rd(rw,4248),rd(rw,4256));
  printf("RW: stack_used=%#lx/%#lx (&=%p) stack_user=%#lx/%#lx (&=%p) stack_cache=%#lx/%#lx actsize=%lu in_flight=%#lx cache_lock=%u\n",rd(rw,4264),rd(rw,4272),rw+4264,rd(rw,4280),rd(rw,4288),rw+4280,rd(rw,4296),rd(rw,4304),rd(rw,4312),rd(rw,4320),rd4(rw,4328));
  uint64_t *sl=(uint64_t*)rd(rw,4208); printf("slotinfo len=%lu next=%#lx [0]gen=%lu map=%#lx [1]gen=%lu map=%#lx [2] map=%#lx\n",sl[0],sl[1],sl[2],sl[3],sl[4],sl[5],sl[7]);
  for(char *l=(char*)rd(rw,0); l; l=(char*)rd(l,24)){
    unsigned bits=rd4(l,820);
    printf("MAP %p name='%s' addr=%#lx ld=%#lx real=%p ns=%ld libname=%#lx phdr=%#lx phnum=%u entry=%#lx map_start=%#lx map_end=%#lx text_end=%#lx type=%u relocated=%u init_called=%u global=%u main_map=%u contiguous=%u nodelete_active=%u tls_modid=%lu tls_offset=%ld tls_blocksize=%lu tls_align=%lu nbuckets=%u searchlist_n=%u scope=%#lx local_scope0=%#lx initfini=%#lx direct_opencount=%u serial=%lu flags_1=%#x l_idx=%d\n",
      l,(char*)rd(l,8),rd(l,0),rd(l,16),(void*)rd(l,40),(long)rd(l,48),rd(l,56),rd(l,704),rd4(l,720)&0xffff,rd(l,712),rd(l,880),rd(l,888),rd(l,896),bits&3,(bits>>3)&1,(bits>>4)&1,(bits>>5)&1,(bits>>8)&1,(bits>>19)&1,((unsigned char*)l)[823],rd(l,1152),(long)rd(l,1144),rd(l,1120),rd(l,1128),rd4(l,780),rd4(l,736),rd(l,944),rd(l,952),rd(l,1000),rd4(l,816),rd(l,1184),rd4(l,1036),(int)rd4(l,1044));
    uint64_t symtab_dyn=rd(l,64+6*8); if(symtab_dyn) printf("   l_info[DT_SYMTAB]->d_ptr=%#lx (l_addr=%#lx); l_info[79 GNU_HASH]=%#lx l_info[53 VERSYM]=%#lx l_info[DT_INIT_ARRAY]=%#lx\n",rd((void*)symtab_dyn,8),rd(l,0),rd(l,64+79*8),rd(l,64+53*8),rd(l,64+25*8));
  }
  return 0;
}
