package org.kaoping.spi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.SourceKind;

/**
 * What an {@link EvidenceSource} declares it may deliver (source kinds, evidence kinds) and whom it speaks for; the
 * runtime's gate checks every imported record against it before the delegation matrix.
 *
 * <p>Whom it speaks for decides who files each record, as the gate sees it:
 * <ul>
 *   <li>{@link #authorsOfRecords()} (the default): each record is filed by the author unit it names; a record of
 *       source {@code SELF} naming none is its own unit's; any other record naming none is the host system's
 *       (业务系统), which may deliver facts only (metric values, incidents, documents, public ratings) — so an
 *       assessor's finding, adjustment, N/A mark or override must name the assessor's unit to count;</li>
 *   <li>{@link #forUnit(String)}: every record is filed by that unit; a record naming another author unit is
 *       refused.</li>
 * </ul>
 * Immutable and thread-safe.
 */
@API(status = API.Status.STABLE)
public final class SourceDeclaration {
    /** Whose records a source delivers. */
    public enum Speaker {
        /** Each record's own author unit; unattributed non-self records are the host system's. */
        AUTHORS_OF_RECORDS,
        /** One unit, named by {@link SourceDeclaration#unitId()}. */
        UNIT
    }

    private final Speaker speaker;
    private final String unitId;
    private final Set<SourceKind> sources;
    private final Set<EvidenceKind> kinds;

    private SourceDeclaration(Speaker speaker, String unitId, Set<SourceKind> sources, Set<EvidenceKind> kinds) {
        this.speaker = speaker;
        this.unitId = unitId;
        this.sources = Collections.unmodifiableSet(EnumSet.copyOf(sources));
        this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** Any source and evidence kind; speaks for the author unit each record names (the default of every source). */
    public static SourceDeclaration authorsOfRecords() {
        return new SourceDeclaration(Speaker.AUTHORS_OF_RECORDS, null, EnumSet.allOf(SourceKind.class), EnumSet.allOf(EvidenceKind.class));
    }

    /** Any source and evidence kind; every record is filed by unit {@code unitId}. */
    public static SourceDeclaration forUnit(String unitId) {
        Objects.requireNonNull(unitId, "unitId must not be null");
        return new SourceDeclaration(Speaker.UNIT, unitId, EnumSet.allOf(SourceKind.class), EnumSet.allOf(EvidenceKind.class));
    }

    /** This declaration narrowed to the source kinds {@code allowed}. */
    public SourceDeclaration onlySources(SourceKind first, SourceKind... more) {
        return new SourceDeclaration(speaker, unitId, EnumSet.of(first, more), kinds);
    }

    /** This declaration narrowed to the evidence kinds {@code allowed}. */
    public SourceDeclaration onlyKinds(EvidenceKind first, EvidenceKind... more) {
        return new SourceDeclaration(speaker, unitId, sources, EnumSet.of(first, more));
    }

    public Speaker speaker() {
        return speaker;
    }

    /** The unit a {@link Speaker#UNIT} source speaks for. */
    public Optional<String> unitId() {
        return Optional.ofNullable(unitId);
    }

    /** The source kinds the source may deliver; unmodifiable. */
    public Set<SourceKind> sources() {
        return sources;
    }

    /** The evidence kinds the source may deliver; unmodifiable. */
    public Set<EvidenceKind> kinds() {
        return kinds;
    }

    @Override
    public String toString() {
        return "SourceDeclaration[speaks for " + (speaker == Speaker.UNIT ? "unit [" + unitId + "]" : speaker) + ", sources "
                + sources + ", kinds " + kinds + "]";
    }
}
