/**
 * Imports the public event datasets (GDELT 1.0 and 2.0, GDELT mentions, ICEWS, POLECAT, Phoenix) into the
 * store: format detection, compressed inputs, atomic and idempotent batches, rejects with line and reason.
 */
package org.mizan.ingest;
