/* libmaldep.so: libmal's only dependency; nothing uses its symbol. */
int maldep_unused(void) { return 7; }
