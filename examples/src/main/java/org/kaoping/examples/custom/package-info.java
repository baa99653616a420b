/** A custom rubric authored in Java: an illustrative 2016 variant of the Beihai county standard and its diff against 2015. */
package org.kaoping.examples.custom;
