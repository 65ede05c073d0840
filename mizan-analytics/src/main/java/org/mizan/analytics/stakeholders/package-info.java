/**
 * Stakeholder tables for bargaining models built from events: each actor's position on an alignment
 * issue from its relations with two powers, its salience from the share of its events on the issue's
 * domains, its capability from an analyst's table.
 */
package org.mizan.analytics.stakeholders;
