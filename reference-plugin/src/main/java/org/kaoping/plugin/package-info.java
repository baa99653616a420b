/** Reference implementations of the SPI, with JSON, CSV and HTML codecs and the command-line interface. */
package org.kaoping.plugin;
