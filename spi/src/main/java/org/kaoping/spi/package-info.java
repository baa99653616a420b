/** The service-provider interfaces a host system implements, and the runtime that wires them together. */
package org.kaoping.spi;
