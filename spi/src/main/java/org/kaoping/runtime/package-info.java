/** The runtime that wires a host's SPI implementations together and runs an assessment cycle: {@link org.kaoping.runtime.Kaoping} and its package-private collaborators. */
@KaopingStyle
package org.kaoping.runtime;

import org.kaoping.core.internal.KaopingStyle;
