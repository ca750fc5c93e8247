"""glibc-layout: extract, check and emit dryad's glibc layout modules."""
