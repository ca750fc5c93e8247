# dryad: build the dynamic linker, run programs with it, test it.
#
#   make            build ./dryad.so.1
#   make run        build it and run a real program with it (/bin/ls -l)
#   make test       the whole test suite (unit + integration)
#   make install PREFIX=/usr/local   install dryad.so.1 into $(PREFIX)/lib

CARGO  ?= cargo
PREFIX ?= /usr/local
RUN    ?= /bin/ls -l

.PHONY: all build run test unit integration install clean

all: dryad.so.1

build: dryad.so.1

dryad.so.1: FORCE
	$(CARGO) build --release --bin dryad --features rtld
	cp target/release/dryad dryad.so.1

run: dryad.so.1
	./dryad.so.1 $(RUN)

test: dryad.so.1
	DRYAD=$(CURDIR)/dryad.so.1 $(CARGO) test --release

install: dryad.so.1
	install -d $(DESTDIR)$(PREFIX)/lib
	install -m 755 dryad.so.1 $(DESTDIR)$(PREFIX)/lib/dryad.so.1

clean:
	$(CARGO) clean
	rm -f dryad.so.1
	rm -rf tests/build

FORCE:
