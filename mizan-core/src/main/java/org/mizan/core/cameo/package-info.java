/** The CAMEO event ontology: codes, roots, quad classes, Goldstein weights and the PLOVER mapping. */
package org.mizan.core.cameo;
