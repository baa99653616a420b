/** Rubric providers of the reference plugin: rubrics authored as JSON files, without Java. */
package org.kaoping.plugin.rubrics;
