/** Carrying a cycle's evidence over to a newer standard (工作标准) through a declared mapping of criterion ids (issue 16, across years). */
package org.kaoping.plugin.migrate;
