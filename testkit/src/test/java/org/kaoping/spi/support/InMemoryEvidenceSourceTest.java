package org.kaoping.spi.support;

import java.nio.file.Path;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.testkit.contract.ContractEvidence;
import org.kaoping.testkit.contract.EvidenceSourceContract;

/** {@link InMemoryEvidenceSource} (and so {@link AbstractEvidenceSource}'s paging) meets the source contract. */
class InMemoryEvidenceSourceTest extends EvidenceSourceContract {
    @Override
    protected EvidenceSource newSource(Path dir) {
        return new InMemoryEvidenceSource("in-memory-test").append(ContractEvidence.everyKind("src", "unit-a"));
    }

    @Override
    protected EvidenceSource reopen(EvidenceSource source, Path dir) {
        return source;
    }

    @Override
    protected boolean appendMore(EvidenceSource source, Path dir) {
        ((InMemoryEvidenceSource) source).append(ContractEvidence.judgement("later-1", "unit-b", "好"),
                ContractEvidence.judgement("later-2", "unit-b", "好"));
        return true;
    }
}
