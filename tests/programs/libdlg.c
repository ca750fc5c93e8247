int global_fn(void) { return 99; }
