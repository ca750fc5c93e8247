int missing_fn(void);
int has_fn(void) { return 11; }
int calls_missing(void) { return missing_fn(); }
