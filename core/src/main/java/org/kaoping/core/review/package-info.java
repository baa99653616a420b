/** How the office runs the review: the 考核小组 and its assignments, targets set by the higher level, stage targets and the self-report content the plan counts. */
package org.kaoping.core.review;
