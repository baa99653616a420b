/** Scores one assessment cycle on core directly: derives deductions from reporting obligations, scores every unit in scope and ranks them. */
package org.kaoping.plugin.run;
