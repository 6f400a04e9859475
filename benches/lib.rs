//! Shared builders for returnkit benchmarks.
