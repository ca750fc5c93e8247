// Issue 12: an STB_GNU_UNIQUE symbol (a C++ inline static data member),
// defined by two plugins built from this file (UNIQ_FN names the
// accessor): one instance in the process, the first plugin's.
struct Counter {
  static inline int value = 0;
};
extern "C" int *UNIQ_FN() { return &Counter::value; }
