/**
 * Renderers for model results: every result is first broken into named {@link org.mizan.models.render.Table}s
 * (positions, probabilities, utilities, bargains or offers, the input and the parameters), which are then
 * printed as aligned text, CSV or JSON, or written one file per table by
 * {@link org.mizan.models.render.RunWriter}. No model logic lives here.
 */
package org.mizan.models.render;
