"""End-to-end tests of the Discord face (a package so test basenames may repeat those in tests/kb)."""
