/** Rubric validation: diagnostics that must be clean before a rubric can be scored. */
@KaopingStyle
package org.kaoping.core.validation;

import org.kaoping.core.internal.KaopingStyle;
