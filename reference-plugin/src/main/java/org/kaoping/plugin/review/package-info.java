/** The review as the office runs it: the 考核小组 roster and assignment files, the standing during the year, self-report sections and the cadre export. */
package org.kaoping.plugin.review;
