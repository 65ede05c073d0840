/**
 * The embedded event store: one DuckDB file holding the event table, the import ledger, rejected rows and
 * GDELT mentions, with versioned migrations, batched appends, filtered queries and Parquet export/import.
 */
package org.mizan.store;
