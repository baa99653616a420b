/** Organizations under assessment (考评对象): their kinds, their hierarchy and lead-department links. */
@KaopingStyle
package org.kaoping.core.org;

import org.kaoping.core.internal.KaopingStyle;
