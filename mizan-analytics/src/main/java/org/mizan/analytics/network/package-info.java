/**
 * Signed networks of actors and their structural balance.
 *
 * <p>A {@link org.mizan.analytics.network.SignedNetwork} is an undirected simple graph whose edges are
 * friendly (+1) or hostile (-1). Each balance measure is a problem interface with a nested result type,
 * and each implementation is named technique + problem:
 * <ul>
 *   <li>{@link org.mizan.analytics.network.TriangleBalance} — share of balanced triangles, strict
 *       (Cartwright &amp; Harary 1956) and weak (Davis 1967): {@link
 *       org.mizan.analytics.network.NodeIteratorTriangleBalance};</li>
 *   <li>{@link org.mizan.analytics.network.WalkBalance} — Estrada &amp; Benzi's (2014) closed-walk ratio:
 *       {@link org.mizan.analytics.network.SpectralWalkBalance};</li>
 *   <li>{@link org.mizan.analytics.network.FrustrationIndex} — the line index of balance (fewest edges whose
 *       removal leaves a balanced graph; Aref, Mason &amp; Wilson): {@link
 *       org.mizan.analytics.network.ExactFrustrationIndex} (Russian-doll branch and bound) and {@link
 *       org.mizan.analytics.network.AnnealingFrustrationIndex} (seeded simulated annealing with a
 *       cycle-packing lower bound).</li>
 * </ul>
 * The formulas, sources and the reference figures reproduced are in {@code docs/structural-balance.md}.
 */
package org.mizan.analytics.network;
