/** Aggregation of scorecards: rankings with shared ranks and tie-breaks, grade quotas and distributions, section averages, roll-ups by tag and area, and items derived from subordinate results. */
@KaopingStyle
package org.kaoping.core.ranking;

import org.kaoping.core.internal.KaopingStyle;
