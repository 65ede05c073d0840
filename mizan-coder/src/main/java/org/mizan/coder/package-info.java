/**
 * Mizan's text coder: news and analysis text in, dated and coded {@link org.mizan.core.event.Event}s out.
 * {@link org.mizan.coder.Coder} is the facade the CLI and the server call; the chain of stages behind it
 * lives in {@code text} and {@code stage}, dictionaries in {@code dict}, readers in {@code doc} and writers in
 * {@code out}. See docs/coder.md.
 */
package org.mizan.coder;
