/* Issue 12: four libraries for tests/programs/dltrans.c, built from this
   file: libtransa.so needs libtransb.so, which needs libtransc.so, which
   needs libtransd.so. libtransb.so calls trans_d, which only libtransd.so
   (not one of its direct dependencies) defines. */
#ifdef LIB_D
int trans_d(void) { return 4; }
#endif
#ifdef LIB_C
int trans_c(void) { return 3; }
#endif
#ifdef LIB_B
int trans_d(void);
int trans_b(void) { return trans_d(); }
#endif
#ifdef LIB_A
int trans_b(void);
int trans_a(void) { return trans_b(); }
#endif
