/**
 * How a focal state balances between two powers: a score per domain and overall with bootstrap
 * intervals, a hedging index, the trend and its shift points (formulas in docs/balance.md).
 */
package org.mizan.analytics.balance;
