package org.kaoping.plugin.migrate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.runtime.ImportResult;

/**
 * What a {@link RubricMigration} carries over and what it leaves, record by record and item by item: the new records
 * (each naming the record it was carried from), the items of the older standard with their outcome, the records filed
 * against them that are not carried with the reason, the items of the newer standard that receive nothing, and how many
 * stored records concern neither. After {@link RubricMigration#apply} it also holds the import through the new cycle's
 * gate. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MigrationPlan {
    /** Why a record filed against an item of the older standard is not carried. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Reason {
        /** The mapping file does not list its item. */
        NOT_IN_MAPPING,
        /** The mapping file declares its item not carried, with a note. */
        DECLARED_NOT_CARRIED,
        /** A deduction, score override or not-applicable mark: a decision of the older cycle, which the newer makes afresh. */
        DECISION_OF_OLDER_CYCLE,
        /** Its unit's kind is not one the newer standard applies to. */
        UNIT_NOT_UNDER_NEWER_STANDARD,
        /** Its unit is not in the org directory, so its kind (and standard) is unknown. */
        UNIT_NOT_IN_DIRECTORY
    }

    /** One record carried: the stored record and the new one, of the newer cycle, filed against the newer item. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Carried {
        private final Evidence source;
        private final Evidence carried;

        Carried(Evidence source, Evidence carried) {
            this.source = source;
            this.carried = carried;
        }

        /** The stored record of the older cycle it was carried from (its provenance). */
        public Evidence source() {
            return source;
        }

        /** The new record: the source's content under a new id ({@link RubricMigration#carriedId}), the newer item and year. */
        public Evidence carried() {
            return carried;
        }
    }

    /** One record filed against an item of the older standard that is not carried, and why. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Left {
        private final Evidence source;
        private final Reason reason;

        Left(Evidence source, Reason reason) {
            this.source = source;
            this.reason = reason;
        }

        public Evidence source() {
            return source;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** An item of the older standard: where it goes (if anywhere), how many of its records are carried and left. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Item {
        private final String fromId;
        private final String toId;
        private final String note;
        private final int carried;
        private final int left;

        Item(String fromId, String toId, String note, int carried, int left) {
            this.fromId = fromId;
            this.toId = toId;
            this.note = note;
            this.carried = carried;
            this.left = left;
        }

        public String fromId() {
            return fromId;
        }

        /** The newer item it maps to; empty if it is declared not carried or not in the mapping. */
        public Optional<String> toId() {
            return Optional.ofNullable(toId);
        }

        /** The mapping file's note on it, if any (for an item declared not carried, why). */
        public Optional<String> note() {
            return Optional.ofNullable(note);
        }

        /** Records filed against it that are carried. */
        public int carried() {
            return carried;
        }

        /** Records filed against it that are not carried (see {@link MigrationPlan#leftOut()}). */
        public int left() {
            return left;
        }
    }

    private final CriterionMapping mapping;
    private final int fromYear;
    private final int toYear;
    private final List<Carried> carried;
    private final List<Left> leftOut;
    private final List<Item> items;
    private final List<String> withoutSource;
    private final int otherRecords;
    private final ImportResult imported;

    MigrationPlan(CriterionMapping mapping, int fromYear, int toYear, List<Carried> carried, List<Left> leftOut, List<Item> items,
            List<String> withoutSource, int otherRecords, ImportResult imported) {
        this.mapping = mapping;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.carried = Collections.unmodifiableList(new ArrayList<>(carried));
        this.leftOut = Collections.unmodifiableList(new ArrayList<>(leftOut));
        this.items = Collections.unmodifiableList(new ArrayList<>(items));
        this.withoutSource = Collections.unmodifiableList(new ArrayList<>(withoutSource));
        this.otherRecords = otherRecords;
        this.imported = imported;
    }

    MigrationPlan withImport(ImportResult result) {
        return new MigrationPlan(mapping, fromYear, toYear, carried, leftOut, items, withoutSource, otherRecords, result);
    }

    public CriterionMapping mapping() {
        return mapping;
    }

    /** The year of the records carried from. */
    public int fromYear() {
        return fromYear;
    }

    /** The year of the new records. */
    public int toYear() {
        return toYear;
    }

    /** The records carried, in store order. */
    public List<Carried> carried() {
        return carried;
    }

    /** The records filed against items of the older standard that are not carried, with the reason, in store order. */
    public List<Left> leftOut() {
        return leftOut;
    }

    /** Every item of the older standard, in its order. */
    public List<Item> items() {
        return items;
    }

    /** The criterion ids of the newer standard that no item maps to, in its order: nothing is carried to them. */
    public List<String> newItemsWithoutSource() {
        return withoutSource;
    }

    /**
     * Stored records that concern no item of the older standard (another year, another standard's units, or a kind not
     * filed against a criterion: metric values, incidents, bonus and penalty, self-reports); untouched.
     */
    public int otherRecords() {
        return otherRecords;
    }

    /** The import of the carried records through the newer cycle's gate; empty for a plan not applied (a dry run). */
    public Optional<ImportResult> imported() {
        return Optional.ofNullable(imported);
    }
}
