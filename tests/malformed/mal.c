/* libmal.so: the library the malformed corpus is cut from. Small, libc-free,
 * and with one of everything the checks cover: a GNU (or SysV) hash table,
 * symbol versions (DT_VERDEF/DT_VERSYM, see mal.map), a DT_NEEDED
 * (libmaldep.so), RELATIVE, GLOB_DAT and JUMP_SLOT relocations, and an
 * initialiser in DT_INIT_ARRAY. */
int mal_value = 1;
int mal_helper(int x) { return x + 1; }
/* A GOT load (GLOB_DAT: mal_value is preemptible) and a PLT call
 * (JUMP_SLOT: so is mal_helper). */
int mal_get(void) { return mal_helper(mal_value); }
__attribute__((constructor)) static void mal_init(void) { mal_value = 41; }
