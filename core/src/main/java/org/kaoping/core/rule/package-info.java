/** Leaf scoring rules (定量 and 定性): the closed set of rule kinds and their partial-credit policies. */
@KaopingStyle
package org.kaoping.core.rule;

import org.kaoping.core.internal.KaopingStyle;
