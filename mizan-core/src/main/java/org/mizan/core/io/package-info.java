/** Reading the data files Mizan ships as resources. */
package org.mizan.core.io;
