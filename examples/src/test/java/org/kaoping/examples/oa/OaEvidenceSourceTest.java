package org.kaoping.examples.oa;

import java.nio.file.Path;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.testkit.contract.EvidenceSourceContract;

/** The OA export's evidence source meets the {@link EvidenceSource} contract, incremental rule included. */
class OaEvidenceSourceTest extends EvidenceSourceContract {
    @Override
    protected EvidenceSource newSource(Path dir) {
        return new OaEvidenceSource(OaFixtures.export(dir));
    }

    /** A later export run adds its files to the folder. */
    @Override
    protected boolean appendMore(EvidenceSource source, Path dir) {
        OaFixtures.copy("run-20160110", dir);
        return true;
    }
}
