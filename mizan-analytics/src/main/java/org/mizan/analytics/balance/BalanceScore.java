package org.mizan.analytics.balance;

/**
 * How a focal state stands between two powers, over one set of events (a domain, a period, or all).
 *
 * @param score    in [-1, 1]: -1 all toward the first power, +1 all toward the second (docs/balance.md);
 *                 null when there are no events with either power
 * @param ciLow    lower end of the 95% bootstrap interval of {@code score}, or null
 * @param ciHigh   upper end of the interval, or null
 * @param n        events between the focal state and either power (both directions)
 * @param nFirst   events with the first power
 * @param nSecond  events with the second power
 * @param netFirst net affinity with the first power: the sum of event weights (Goldstein / 10)
 * @param netSecond net affinity with the second power
 * @param hedging  in [0, 1]: 1 when cooperation is spread evenly over both powers, 0 when it all goes to
 *                 one; null without cooperative events
 * @param leans    the power the focal state leans toward, "balanced" inside the neutral band, or null
 */
public record BalanceScore(Double score, Double ciLow, Double ciHigh, int n, int nFirst, int nSecond,
                           double netFirst, double netSecond, Double hedging, String leans) {
}
