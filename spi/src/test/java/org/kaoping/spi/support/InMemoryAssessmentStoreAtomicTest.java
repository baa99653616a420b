package org.kaoping.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.spi.AuditEvent;

/** {@link InMemoryAssessmentStore#submitAllAudited} is one atomic write: evidence and its events, or nothing (issue 11, "stored but not audited"). */
class InMemoryAssessmentStoreAtomicTest {
    static final Instant NOW = Instant.parse("2015-12-10T02:00:00Z");

    static Judgement judgement(String id) {
        return Judgement.builder().id(id).unitId("u").key("1.1").period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("r").recordedAt(NOW).level("好").build();
    }

    static AuditEvent event(String detail) {
        return AuditEvent.builder().at(NOW).actor("t").action(AuditEvent.Action.EVIDENCE_SUBMITTED).detail(detail).build();
    }

    @Test
    @DisplayName("When building the audit events fails (as a full disk would fail their write), the evidence is not stored either")
    void failingAuditStoresNoEvidence() {
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        assertThrows(IllegalStateException.class, () -> store.submitAllAudited(Collections.singletonList(judgement("a")), o -> {
            throw new IllegalStateException("disk full");
        }));
        assertTrue(store.allEvidence().isEmpty(), "stored but not audited must not happen");
        assertThrows(NullPointerException.class, () -> store.submitAllAudited(Collections.singletonList(judgement("b")),
                o -> Arrays.asList(event("ok"), null)));
        assertTrue(store.allEvidence().isEmpty());
        assertTrue(store.auditEvents(0).isEmpty(), "nor half its events");
    }

    @Test
    @DisplayName("Evidence and its events are written together, the events numbered after those already there")
    void writesBoth() {
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        store.audit(event("before"));
        store.submitAllAudited(Collections.singletonList(judgement("a")), o -> Collections.singletonList(event("stored " + o)));
        assertEquals(1, store.allEvidence().size());
        assertEquals(2, store.auditEvents(0).get(1).sequence());
        assertEquals("stored [ADDED]", store.auditEvents(0).get(1).detail());
    }
}
