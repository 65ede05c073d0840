package org.mizan.analytics.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mizan.analytics.balance.BalanceResult;
import org.mizan.analytics.network.NetworkAnalysis;

/**
 * Everything a written brief says, computed once and rendered by {@link MarkdownBrief} and
 * {@link HtmlBrief}: the balance, a sentence per domain, the network of states, and the citations behind
 * each domain's strongest evidence.
 *
 * @param title     the brief's title
 * @param from      first day covered, or null
 * @param to        last day covered, or null
 * @param generated the day the brief was written
 * @param events    events the brief's figures rest on
 * @param balance   the balance result
 * @param sentences domain -> the sentence that states its finding
 * @param evidence  domain -> footnotes of its strongest evidence
 * @param network   the signed network of states in the period, or null when it is empty
 */
public record Brief(String title, LocalDate from, LocalDate to, LocalDate generated, long events,
                    BalanceResult balance, Map<String, String> sentences, Map<String, List<Citation>> evidence,
                    NetworkAnalysis.Report network) {
}
