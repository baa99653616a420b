package org.kaoping.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;

/**
 * A standing during the year (平时考评, issue 17): every assessed unit scored as of the end of one day (Beijing time)
 * from the evidence filed by then (its {@code recordedAt}), ranked, with each unit's open items of the stage targets
 * (阶段性目标) due by then. Nothing of it is stored: the cycle's records stay the year-end ones. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Standing {
    private final LocalDate asOf;
    private final Instant cutoff;
    private final List<Scorecard> scorecards;
    private final Map<String, RankingTable> rankings;
    private final Map<String, List<OpenItem>> openItems;

    Standing(LocalDate asOf, Instant cutoff, List<Scorecard> scorecards, Map<String, RankingTable> rankings,
            Map<String, List<OpenItem>> openItems) {
        this.asOf = asOf;
        this.cutoff = cutoff;
        this.scorecards = Collections.unmodifiableList(new ArrayList<>(scorecards));
        this.rankings = Collections.unmodifiableMap(new LinkedHashMap<>(rankings));
        Map<String, List<OpenItem>> o = new LinkedHashMap<>();
        for (Map.Entry<String, List<OpenItem>> e : openItems.entrySet()) {
            o.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
        }
        this.openItems = Collections.unmodifiableMap(o);
    }

    /** The day (Beijing time) the standing is as of; evidence filed by the end of it counts. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The first instant not counted: the start of the next day in Beijing. */
    public Instant cutoff() {
        return cutoff;
    }

    /** Every assessed unit's scorecard as of {@link #asOf()}, ordered by unit id (units that cannot be scored left out). */
    public List<Scorecard> scorecards() {
        return scorecards;
    }

    /** The scorecards ranked per rubric, as {@link Kaoping#rank()} ranks the year-end ones. */
    public Map<String, RankingTable> rankings() {
        return rankings;
    }

    /** The open items of the stage targets due by {@link #asOf()}, per unit id (units with none left out). */
    public Map<String, List<OpenItem>> openItems() {
        return openItems;
    }

    /** The scorecard of {@code unitId}. @throws IllegalArgumentException if the standing holds none */
    public Scorecard scorecard(String unitId) {
        for (Scorecard c : scorecards) {
            if (c.unitId().equals(unitId)) {
                return c;
            }
        }
        throw new IllegalArgumentException("the standing as of " + asOf + " holds no scorecard of unit [" + unitId + "]");
    }

    /** One item of a stage target a unit has not met in full by its due date. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class OpenItem {
        private final String stageTargetId;
        private final LocalDate due;
        private final String criterionId;
        private final Points awarded;
        private final Points maximum;
        private final String description;

        OpenItem(String stageTargetId, LocalDate due, String criterionId, Points awarded, Points maximum, String description) {
            this.stageTargetId = stageTargetId;
            this.due = due;
            this.criterionId = criterionId;
            this.awarded = awarded;
            this.maximum = maximum;
            this.description = description;
        }

        public String stageTargetId() {
            return stageTargetId;
        }

        public LocalDate due() {
            return due;
        }

        public String criterionId() {
            return criterionId;
        }

        /** The points the item had as of the standing. */
        public Points awarded() {
            return awarded;
        }

        /** The item's points (what met in full earns). */
        public Points maximum() {
            return maximum;
        }

        /** The stage target's own description. */
        public String description() {
            return description;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof OpenItem)) {
                return false;
            }
            OpenItem i = (OpenItem) o;
            return stageTargetId.equals(i.stageTargetId) && due.equals(i.due) && criterionId.equals(i.criterionId)
                    && awarded.equals(i.awarded) && maximum.equals(i.maximum) && description.equals(i.description);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stageTargetId, criterionId, awarded);
        }

        @Override
        public String toString() {
            return stageTargetId + " (due " + due + "): " + criterionId + " " + awarded + " of " + maximum;
        }
    }
}
