/* A plugin tests/programs/dlphdr.c opens and closes in a loop. */
int phdr_plugin_value(void) { return 42; }
