/** Rectification (整改): a finding of the assessment tracked from opening through the unit's fix to the assessor's verification. */
package org.kaoping.core.rectification;
