/** The event record every module shares: {@link org.mizan.core.event.Event} and its parts. */
package org.mizan.core.event;
