/**
 * Relations between actors over time: dyadic series per period and quad class, and the policy domains of
 * events. Aggregates are SQL files beside the code, defined once for every engine.
 */
package org.mizan.analytics.relations;
