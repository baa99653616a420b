/** Evidence import from a folder of CSV exports as an OA system writes them, in UTF-8 or GB18030, validated whole file by whole file. */
package org.kaoping.plugin.imports;
