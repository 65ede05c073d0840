package org.mizan.analytics.relations;

import java.time.LocalDate;

/**
 * One period of one dyad: counts per quad class, Goldstein sum and mean, net cooperation
 * (cooperative minus conflictual events), and the same normalised by the first actor's event volume in
 * the period ({@code aVolume}), since coverage grows over time and raw counts mislead.
 */
public record DyadRow(LocalDate period, String a, String b, long events, long verbalCoop, long materialCoop,
                      long verbalConflict, long materialConflict, double goldsteinSum, Double goldsteinMean,
                      long netCoop, long aVolume, double rate, double netCoopRate, double goldsteinRate) {
}
