/** The JSON formats: rubrics (export, import with located errors, JSON Schema) and evidence, scorecard records and audit events. */
package org.kaoping.plugin.json;
