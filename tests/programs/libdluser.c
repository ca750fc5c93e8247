int global_fn(void);
int user_fn(void) { return global_fn() + 1; }
