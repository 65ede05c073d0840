/** Load benchmarks of {@code mizan serve}: many concurrent HTTP clients on loopback against the REST API. */
package org.mizan.bench.server;
