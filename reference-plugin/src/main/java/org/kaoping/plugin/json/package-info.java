/** The rubric JSON format: export, import with located errors, and its JSON Schema. */
package org.kaoping.plugin.json;
