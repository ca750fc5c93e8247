/* Issue 12: filters (DT_FILTER, DT_AUXILIARY). Built as the filter
   objects and as their filtees with -DWHO="..."; each defines filt_fn
   (aux_fn for the auxiliary pair, -DFN=aux_fn),
   and only the filters define filt_own. A filtee's definitions come
   before its filter's in every lookup. */
#ifndef WHO
#define WHO "?"
#endif
#ifndef FN
#define FN filt_fn
#endif
const char *FN(void) { return WHO; }
#ifdef OWN
const char *filt_own(void) { return "the filter's own " WHO; }
#endif
