/**
 * Benchmarks of the structural-balance measures in {@code org.mizan.analytics.network}: plain timed mains,
 * each with its run command in its class doc.
 */
package org.mizan.bench.network;
