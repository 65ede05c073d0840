/** Benchmarks of the bargaining models in {@code mizan-models}; each class doc says how to run it. */
package org.mizan.bench.models;
