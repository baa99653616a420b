/** Helpers shared by the SPI and the runtime; internal, not an API: may change in any release. */
@KaopingStyle
package org.kaoping.spi.internal;

import org.kaoping.core.internal.KaopingStyle;
