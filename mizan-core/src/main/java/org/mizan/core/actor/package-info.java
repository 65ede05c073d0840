/** Actor codes: the CAMEO actor-code grammar, role and known-group tables, countries (ISO3) and FIPS 10-4. */
package org.mizan.core.actor;
