/** Rubrics (工作标准): point-weighted criterion trees transcribed from a source document, with their errata. */
@KaopingStyle
package org.kaoping.core.rubric;

import org.kaoping.core.internal.KaopingStyle;
