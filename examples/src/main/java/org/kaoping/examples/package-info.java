/** Runnable scenarios that show Kaoping at work, the Beihai demo first. */
package org.kaoping.examples;
