package org.mizan.analytics.stakeholders;

/**
 * One row of a stakeholder table, in the columns the expected-utility model reads (actor, capability,
 * position, salience) plus what the figures rest on, so an analyst can judge and edit them.
 *
 * @param actor      actor code (PAKGOV, USA, IGOIMF)
 * @param name       display name
 * @param capability from the analyst's table
 * @param position   0 = fully with the first power, 100 = fully with the second
 * @param salience   in [0, 1]: the share of the actor's events on the domains
 * @param events     the actor's events with either power, which set its position
 * @param note       how the row was made, and any default used
 */
public record Stakeholder(String actor, String name, double capability, double position, double salience,
                          int events, String note) {
}
