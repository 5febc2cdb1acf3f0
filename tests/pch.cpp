// Translation unit that carries the tests' shared precompiled header.
