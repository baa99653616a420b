package org.kaoping.testkit.contract;

import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.spi.RubricProvider;

/** The Beihai 2015 standards module meets the rubric-provider contract, discovery included. */
class Beihai2015RubricProviderTest extends RubricProviderContract {
    @Override
    protected RubricProvider newProvider() {
        return new Beihai2015RubricProvider();
    }
}
