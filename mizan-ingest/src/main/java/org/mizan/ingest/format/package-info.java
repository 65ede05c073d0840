/**
 * Dataset formats as data: each public dataset's file layout and its mapping onto the event (or mentions)
 * table, as SQL expressions that the importer runs inside DuckDB.
 */
package org.mizan.ingest.format;
