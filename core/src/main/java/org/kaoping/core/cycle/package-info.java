/** The assessment cycle (考评方法): a year's periods, self-report deadlines in Asia/Shanghai time, obligations and their effects, spot checks and the annual review's steps. */
@KaopingStyle
package org.kaoping.core.cycle;

import org.kaoping.core.internal.KaopingStyle;
