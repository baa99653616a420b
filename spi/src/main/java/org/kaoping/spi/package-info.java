/** The service-provider interfaces a host system implements and the values they exchange; the runtime that wires them lives in {@code org.kaoping.runtime}. */
@KaopingStyle
package org.kaoping.spi;

import org.kaoping.core.internal.KaopingStyle;
