/**
 * End-to-end benchmarks of the text coder: raw text file in, JSONL out, single-threaded, reported as
 * sentences per second per core for each dictionary set. See {@link org.mizan.bench.coder.CoderBenchmark}.
 */
package org.mizan.bench.coder;
