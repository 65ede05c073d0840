/**
 * Event writers: Mizan's JSONL, a flat TSV for spreadsheets, and PETRARCH2's tab-separated output for users
 * comparing the two coders.
 */
package org.mizan.coder.out;
