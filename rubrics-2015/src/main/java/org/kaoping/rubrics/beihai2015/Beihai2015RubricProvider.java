package org.kaoping.rubrics.beihai2015;

import java.util.List;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.spi.RubricProvider;

/**
 * The {@link RubricProvider} of this module, registered for {@code ServiceLoader} discovery: id
 * {@value Beihai2015#PROVIDER_ID}, offering the five Beihai 2015 standards of {@link Beihai2015}.
 * Stateless and thread-safe; every instance returns the same rubric instances.
 */
@API(status = API.Status.STABLE)
public final class Beihai2015RubricProvider implements RubricProvider {
    /** For {@code ServiceLoader}. */
    public Beihai2015RubricProvider() {}

    @Override
    public String id() {
        return Beihai2015.PROVIDER_ID;
    }

    @Override
    public List<String> rubricIds() {
        return Beihai2015.ids();
    }

    @Override
    public Optional<Rubric> rubric(String rubricId) {
        return Beihai2015.byId(rubricId);
    }
}
