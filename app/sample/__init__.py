"""The sample office (``expedite-desk demo``): an agency's five years of cases, people and lessons,
generated so that demos, tests and benchmarks see what a real office holds."""
