/**
 * Evidence-cited briefs: a focal state's balance between two powers written out as Markdown and HTML, one
 * plain sentence per domain, charts (SVG), the network of states, and numbered footnotes that name each
 * source, its URL, publication date and access date.
 */
package org.mizan.analytics.report;
