/** The Beihai demo: a sample city and a synthetic 2015 assessment cycle, clearly labelled synthetic. */
package org.kaoping.plugin.demo;
