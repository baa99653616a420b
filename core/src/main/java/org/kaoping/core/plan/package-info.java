/** The assessment plan of one cycle: which rubric for which kind of unit, how sources and raters combine, adjustments, vetoes, grades and tie-breaks. */
@KaopingStyle
package org.kaoping.core.plan;

import org.kaoping.core.internal.KaopingStyle;
