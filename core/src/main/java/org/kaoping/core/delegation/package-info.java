/** Who assesses whom (属地逐级分类考核制), computed from the org tree and lead-department links. */
@KaopingStyle
package org.kaoping.core.delegation;

import org.kaoping.core.internal.KaopingStyle;
