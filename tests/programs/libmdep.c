/* Opened from inside a dlmopen namespace (tests/programs/dlmopen.c). */
const char *mdep_name(void) { return "libmdep.so"; }
