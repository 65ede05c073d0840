/**
 * Readers for the dictionary formats PETRARCH and TABARI users already have: actors (with date-restricted
 * codes), agents, verbs (the PETRARCH-1/TABARI pattern format and PETRARCH-2's CAMEO.2.0 format), issues
 * and discards. The files themselves are third-party and are not shipped with Mizan.
 */
package org.mizan.coder.dict.petrarch;
