package org.kaoping.spi.support;

import org.kaoping.core.api.API;
import org.kaoping.spi.SourceDeclaration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kaoping.core.evidence.Evidence;

/**
 * An evidence source over a list held in memory, to which a host or a test appends: the simplest
 * {@link AbstractEvidenceSource}. Thread-safe.
 */
@API(status = API.Status.STABLE)
public final class InMemoryEvidenceSource extends AbstractEvidenceSource {
    private final String id;
    private final SourceDeclaration declaration;
    private final CopyOnWriteArrayList<Evidence> evidence = new CopyOnWriteArrayList<>();

    /** An empty source with provider id {@code id} and the default declaration ({@link SourceDeclaration#authorsOfRecords()}). */
    public InMemoryEvidenceSource(String id) {
        this(id, SourceDeclaration.authorsOfRecords());
    }

    /** An empty source with provider id {@code id} that declares {@code declaration} (what it delivers, whom it speaks for). */
    public InMemoryEvidenceSource(String id, SourceDeclaration declaration) {
        this.declaration = Objects.requireNonNull(declaration, "declaration must not be null");
        this.id = Objects.requireNonNull(id, "id must not be null");
        if (id.trim().isEmpty()) {
            throw new IllegalArgumentException("InMemoryEvidenceSource id must not be blank");
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SourceDeclaration declaration() {
        return declaration;
    }

    /** Appends records; the next fetch from the last cursor returns them. */
    public InMemoryEvidenceSource append(Evidence... records) {
        return append(Arrays.asList(records));
    }

    /** Appends records; the next fetch from the last cursor returns them. */
    public InMemoryEvidenceSource append(List<? extends Evidence> records) {
        for (Evidence e : records) {
            Objects.requireNonNull(e, "records must not contain null");
        }
        evidence.addAll(records);
        return this;
    }

    @Override
    protected List<? extends Evidence> snapshot() {
        return Arrays.asList(evidence.toArray(new Evidence[0]));
    }
}
