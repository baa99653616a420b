/** Scoring: rule evaluation, channel blending and explained scorecards that mirror a rubric. */
@KaopingStyle
package org.kaoping.core.scoring;

import org.kaoping.core.internal.KaopingStyle;
