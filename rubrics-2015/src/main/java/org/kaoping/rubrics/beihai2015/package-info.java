/** The five Beihai 2015 rule-of-law city standards (北海争创全国法治城市活动工作标准) as rubrics. */
package org.kaoping.rubrics.beihai2015;
