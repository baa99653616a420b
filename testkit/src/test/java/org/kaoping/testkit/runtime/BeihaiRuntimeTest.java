package org.kaoping.testkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.spi.AuditEvent;
import org.kaoping.runtime.EvidenceRefusedException;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.Publication;
import org.kaoping.spi.PublishedResult;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/** The runtime on the real Beihai 2015 standards: delegation enforced and audited, the county rubric scored, results published. */
class BeihaiRuntimeTest {
    static final Instant NOW = Instant.parse("2015-12-10T02:00:00Z");
    static final List<OrgUnit> UNITS = Arrays.asList(
            OrgUnit.root("beihai", "北海市", OrgKind.CITY),
            OrgUnit.of("fzb", "市依法治市办", OrgKind.CITY_PARTY_MASS, "beihai"),
            OrgUnit.of("haicheng", "海城区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("yinhai", "银海区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("tieshangang", "铁山港区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "beihai"));

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final List<Publication> published = new ArrayList<>();

    Kaoping kaoping() {
        return Kaoping.builder().rubricProvider(new Beihai2015RubricProvider())
                .orgDirectory(new OrgDirectory() {
                    @Override
                    public String id() {
                        return "beihai-demo";
                    }

                    @Override
                    public List<OrgUnit> units() {
                        return UNITS;
                    }
                })
                .store(store)
                .resultSink(new ResultSink() {
                    @Override
                    public String id() {
                        return "appraisal";
                    }

                    @Override
                    public void publish(Publication p) {
                        published.add(p);
                    }
                })
                .cityOffice("fzb").planFromRubrics("beihai-2015", 2015).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    static Criterion firstJudgementLeaf() {
        for (Criterion c : Beihai2015.county().leaves()) {
            if (c.rule().isPresent() && c.rule().get() instanceof JudgementRule) {
                return c;
            }
        }
        throw new AssertionError("the county standard has no judgement item");
    }

    static Judgement rating(String id, String unit, String raterUnit, Criterion c) {
        String top = ((JudgementRule) c.rule().get()).levels().get(0).name();
        return Judgement.builder().id(id).unitId(unit).key(c.id()).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("rater").authorUnitId(raterUnit).recordedAt(NOW).level(top).build();
    }

    @Test
    @DisplayName("On the Beihai county standard: a rating outside the delegation and a rating of one's own unit are refused, audited, and nothing is stored")
    void delegationOnTheCountyStandard() {
        Kaoping k = kaoping();
        assertEquals(Beihai2015.COUNTY_ID, k.plan().rubricFor(OrgKind.COUNTY_DISTRICT).id());
        Criterion c = firstJudgementLeaf();
        EvidenceRefusedException outside = assertThrows(EvidenceRefusedException.class,
                () -> k.submit("rater", "yinhai", rating("r-1", "haicheng", "yinhai", c)));
        assertTrue(outside.getMessage().contains("[haicheng]") && outside.getMessage().contains("[yinhai]"), outside.getMessage());
        assertThrows(EvidenceRefusedException.class, () -> k.submit("rater", "fzb", rating("r-2", "haicheng", "haicheng", c)));
        assertTrue(store.allEvidence().isEmpty());
        assertEquals(Arrays.asList(AuditEvent.Action.EVIDENCE_REFUSED, AuditEvent.Action.EVIDENCE_REFUSED),
                store.auditEvents(0).stream().map(AuditEvent::action).collect(Collectors.toList()));
    }

    @Test
    @DisplayName("On the Beihai county standard: the city office's rating scores the item in full, and publication names the four counties")
    void scoreAndPublishTheCounties() {
        Kaoping k = kaoping();
        Criterion c = firstJudgementLeaf();
        k.submit("rater", "fzb", rating("r-3", "haicheng", "fzb", c));
        Scorecard card = k.scoreUnit("haicheng");
        assertEquals(Beihai2015.COUNTY_ID, card.rubric().id());
        assertEquals(c.points(), card.awarded(c.id()));

        Publication p = k.publish("市依法治市办");
        assertEquals(1, published.size());
        List<String> counties = p.results().stream().filter(r -> r.rubricId().equals(Beihai2015.COUNTY_ID))
                .map(PublishedResult::unitName).collect(Collectors.toList());
        assertEquals(4, counties.size());
        assertTrue(counties.containsAll(Arrays.asList("海城区", "银海区", "铁山港区", "合浦县")), counties.toString());
        assertEquals("海城区", counties.get(0), "the only county with evidence ranks first");
    }
}
