"""Benchmarks named in the issues, run by `make bench` (never in the test suite)."""
