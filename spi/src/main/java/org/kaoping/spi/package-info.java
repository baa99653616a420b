/** The service-provider interfaces a host system implements, and the runtime that wires them together. */
@KaopingStyle
package org.kaoping.spi;

import org.kaoping.core.internal.KaopingStyle;
