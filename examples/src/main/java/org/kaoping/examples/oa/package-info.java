/** An example adapter: an OrgDirectory and an EvidenceSource reading an OA system's CSV export (GB18030, Chinese headers). */
package org.kaoping.examples.oa;
