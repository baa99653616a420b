/** Evidence (档案): facts, documents, judgements and ratings about a unit, each with its source, author and time, and an index for scoring. */
@KaopingStyle
package org.kaoping.core.evidence;

import org.kaoping.core.internal.KaopingStyle;
