/** Organization directories read from files: {@link org.kaoping.plugin.directory.CsvOrgDirectory}, the units of an OA export. */
package org.kaoping.plugin.directory;
