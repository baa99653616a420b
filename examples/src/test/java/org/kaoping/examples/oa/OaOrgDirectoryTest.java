package org.kaoping.examples.oa;

import java.nio.file.Path;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.testkit.contract.OrgDirectoryContract;

/** The OA export's directory meets the {@link OrgDirectory} contract on the GB18030 fixture. */
class OaOrgDirectoryTest extends OrgDirectoryContract {
    @Override
    protected OrgDirectory newDirectory(Path dir) {
        return new OaOrgDirectory(OaFixtures.export(dir));
    }
}
