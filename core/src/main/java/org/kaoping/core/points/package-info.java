/** Exact fixed-point points and ratios: the arithmetic every score is made of, with no binary floating point. */
package org.kaoping.core.points;
