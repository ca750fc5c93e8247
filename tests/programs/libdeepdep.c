/* Issue 12: RTLD_DEEPBIND. The plugin's dependency defines what the
   program defines too. */
const char *shared_fn(void) { return "the plugin's dependency"; }
const char *shared_data = "the plugin's dependency";
