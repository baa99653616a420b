package org.kaoping.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * How the office runs the review, as plan data (issue 17): the review team and its assignments, the targets the higher
 * level set, the stage targets, the self-report sections the annual report must carry and which sections count as
 * evidence for which items. {@link #none()} declares none of it: panel members default to the city-level departments,
 * target rules have no target, no stage target is due. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReviewSettings {
    /** The sections the seed names for the annual self-report: 组织建设、经费保障、措施办法、创建效果. */
    public static final List<String> ANNUAL_SECTIONS = Collections.unmodifiableList(Arrays.asList("组织建设", "经费保障", "措施办法", "创建效果"));

    private static final ReviewSettings NONE = builder().build();

    private final ReviewTeam team;
    private final List<UpperTarget> targets;
    private final List<StageTarget> stageTargets;
    private final List<String> annualSections;
    private final List<SectionUse> sectionUses;

    private ReviewSettings(Builder b) {
        this.team = b.team;
        this.targets = Collections.unmodifiableList(new ArrayList<>(b.targets));
        this.stageTargets = Collections.unmodifiableList(new ArrayList<>(b.stageTargets));
        this.annualSections = Collections.unmodifiableList(new ArrayList<>(b.annualSections));
        this.sectionUses = Collections.unmodifiableList(new ArrayList<>(b.sectionUses));
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                if (targets.get(i).key().equals(targets.get(j).key()) && targets.get(i).year() == targets.get(j).year()) {
                    throw new IllegalArgumentException("target [" + targets.get(i).key() + "] of " + targets.get(i).year()
                            + " is given twice; a change by the higher level replaces it (ReviewSettings.Builder#target)");
                }
            }
        }
    }

    /** No team, targets, stage targets or section uses; the four annual sections of the seed. */
    public static ReviewSettings none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.team = team;
        b.targets.addAll(targets);
        b.stageTargets.addAll(stageTargets);
        b.annualSections.clear();
        b.annualSections.addAll(annualSections);
        b.sectionUses.addAll(sectionUses);
        return b;
    }

    /** The review team, if the plan names one; without it every city-level department may rate (the default). */
    public Optional<ReviewTeam> team() {
        return Optional.ofNullable(team);
    }

    public List<UpperTarget> targets() {
        return targets;
    }

    /** Target {@code key} of {@code year}, if the higher level set one. */
    public Optional<UpperTarget> target(String key, int year) {
        for (UpperTarget t : targets) {
            if (t.key().equals(key) && t.year() == year) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public List<StageTarget> stageTargets() {
        return stageTargets;
    }

    /** The sections an annual self-report must carry; a report without one of them is flagged. */
    public List<String> annualSections() {
        return annualSections;
    }

    public List<SectionUse> sectionUses() {
        return sectionUses;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReviewSettings)) {
            return false;
        }
        ReviewSettings r = (ReviewSettings) o;
        return Objects.equals(team, r.team) && targets.equals(r.targets) && stageTargets.equals(r.stageTargets)
                && annualSections.equals(r.annualSections) && sectionUses.equals(r.sectionUses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(team, targets, stageTargets, annualSections, sectionUses);
    }

    @Override
    public String toString() {
        return "ReviewSettings[" + (team == null ? "no team" : team) + ", " + targets.size() + " targets, " + stageTargets.size()
                + " stage targets, sections " + annualSections + ", " + sectionUses.size() + " section uses]";
    }

    /** Builds {@link ReviewSettings}; not thread-safe. */
    public static final class Builder {
        private ReviewTeam team;
        private final List<UpperTarget> targets = new ArrayList<>();
        private final List<StageTarget> stageTargets = new ArrayList<>();
        private final List<String> annualSections = new ArrayList<>(ANNUAL_SECTIONS);
        private final List<SectionUse> sectionUses = new ArrayList<>();

        private Builder() {}

        public Builder team(ReviewTeam team) {
            this.team = Objects.requireNonNull(team, "team must not be null");
            return this;
        }

        /** Adds {@code target}, replacing one of the same key and year: the higher level changed it. */
        public Builder target(UpperTarget target) {
            Objects.requireNonNull(target, "target must not be null");
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i).key().equals(target.key()) && targets.get(i).year() == target.year()) {
                    targets.set(i, target);
                    return this;
                }
            }
            targets.add(target);
            return this;
        }

        public Builder stageTarget(StageTarget target) {
            stageTargets.add(Objects.requireNonNull(target, "target must not be null"));
            return this;
        }

        /** The sections an annual self-report must carry, replacing the seed's four. */
        public Builder annualSections(List<String> sections) {
            annualSections.clear();
            for (String s : sections) {
                annualSections.add(Objects.requireNonNull(s, "section must not be null"));
            }
            return this;
        }

        public Builder sectionUse(SectionUse use) {
            sectionUses.add(Objects.requireNonNull(use, "use must not be null"));
            return this;
        }

        public ReviewSettings build() {
            return new ReviewSettings(this);
        }
    }
}
