/** Optional base classes and in-memory implementations for SPI adapter authors and small hosts. */
@KaopingStyle
package org.kaoping.spi.support;

import org.kaoping.core.internal.KaopingStyle;
