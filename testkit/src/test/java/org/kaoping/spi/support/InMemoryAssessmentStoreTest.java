package org.kaoping.spi.support;

import java.nio.file.Path;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.testkit.contract.AssessmentStoreContract;

/** {@link InMemoryAssessmentStore} meets the whole store contract; reopening shares the data. */
class InMemoryAssessmentStoreTest extends AssessmentStoreContract {
    @Override
    protected AssessmentStore newStore(Path dir) {
        return new InMemoryAssessmentStore();
    }

    @Override
    protected AssessmentStore reopen(AssessmentStore closed, Path dir) {
        return ((InMemoryAssessmentStore) closed).reopen();
    }
}
