/** Reports of an assessment cycle: console tables, CSV for Excel (UTF-8 with BOM, CRLF), JSON, and a self-contained HTML report with inline SVG. */
package org.kaoping.plugin.report;
