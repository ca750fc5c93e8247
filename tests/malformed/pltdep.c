/* libpltdep.so: libpltmal's dependency, with a versioned function
 * (PDEP_1) that libpltmal calls through its PLT. */
int pdep_twice(int x) { return 2 * x; }
