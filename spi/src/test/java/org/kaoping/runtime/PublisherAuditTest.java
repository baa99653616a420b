package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.Publication;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.ForwardingAssessmentStore;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * A publish stores RANKED together with its outcome (PUBLISHED or PUBLICATION_FAILED) in one store call, after the
 * sinks: the trail holds the same events in the same order as when RANKED was stored on its own first; a publish that
 * ends otherwise (a sink throwing an Error) still stores RANKED alone, as before.
 */
class PublisherAuditTest {
    /** Counts the store's audit calls, with the actions of each. */
    static final class CountingStore extends ForwardingAssessmentStore {
        final InMemoryAssessmentStore inner = new InMemoryAssessmentStore();
        final List<List<AuditEvent.Action>> calls = new ArrayList<>();

        @Override
        protected AssessmentStore delegate() {
            return inner;
        }

        @Override
        public AuditEvent audit(AuditEvent event) {
            calls.add(Arrays.asList(event.action()));
            return inner.audit(event);
        }

        @Override
        public List<AuditEvent> auditAll(List<AuditEvent> events) {
            calls.add(events.stream().map(AuditEvent::action).collect(Collectors.toList()));
            return inner.auditAll(events);
        }
    }

    private static Kaoping runtime(CountingStore store, ResultSink sink) {
        return Kaoping.builder().rubricProvider(KaopingTest.provider("test-rubrics", TestOrg.countyRubric())).orgDirectory(new TestOrg())
                .store(store).ruleEvaluator(new AttendanceEvaluator()).resultSink(sink).cityOffice(TestOrg.CITY_OFFICE)
                .planFromRubrics("beihai-test", 2015).clock(Clock.fixed(KaopingTest.NOW, ZoneOffset.UTC)).parallelism(1).build();
    }

    private static List<AuditEvent.Action> tail(CountingStore store, int n) {
        List<AuditEvent> all = store.inner.auditEvents(0);
        return all.subList(all.size() - n, all.size()).stream().map(AuditEvent::action).collect(Collectors.toList());
    }

    @Test
    void aPublishStoresRankedAndPublishedInOneCallInThatOrder() {
        CountingStore store = new CountingStore();
        List<Publication> got = new ArrayList<>();
        Kaoping k = runtime(store, KaopingTest.sink("rec", got));
        k.scoreCycle();
        store.calls.clear();
        k.publish("clerk");
        assertEquals(1, got.size());
        assertEquals(Arrays.asList(Arrays.asList(AuditEvent.Action.RANKED, AuditEvent.Action.PUBLISHED)), store.calls);
        assertEquals(Arrays.asList(AuditEvent.Action.RANKED, AuditEvent.Action.PUBLISHED), tail(store, 2));
        AuditEvent ranked = store.inner.auditEvents(0).get(store.inner.auditEvents(0).size() - 2);
        assertEquals("beihai-test", ranked.subject().get());
        assertTrue(ranked.detail().startsWith("ranked t/county (3 unit(s))"), ranked.detail());
        // rank() alone still stores RANKED at once
        store.calls.clear();
        k.rank();
        assertEquals(Arrays.asList(Arrays.asList(AuditEvent.Action.RANKED)), store.calls);
    }

    @Test
    void aFailingSinkStoresRankedAndPublicationFailedInOneCall() {
        CountingStore store = new CountingStore();
        Kaoping k = runtime(store, new ResultSink() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public void publish(Publication p) {
                throw new IllegalStateException("offline");
            }
        });
        k.scoreCycle();
        store.calls.clear();
        assertThrows(PublicationFailedException.class, () -> k.publish("clerk"));
        assertEquals(Arrays.asList(Arrays.asList(AuditEvent.Action.RANKED, AuditEvent.Action.PUBLICATION_FAILED)), store.calls);
    }

    @Test
    void aSinkThrowingAnErrorStillLeavesRankedStored() {
        CountingStore store = new CountingStore();
        AssertionError boom = new AssertionError("boom");
        Kaoping k = runtime(store, new ResultSink() {
            @Override
            public String id() {
                return "erring";
            }

            @Override
            public void publish(Publication p) {
                throw boom;
            }
        });
        k.scoreCycle();
        store.calls.clear();
        assertSame(boom, assertThrows(AssertionError.class, () -> k.publish("clerk")));
        assertEquals(Arrays.asList(Arrays.asList(AuditEvent.Action.RANKED)), store.calls);
    }
}
