package org.kaoping.plugin.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.points.Points;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.imports.FolderEvidenceSource;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.runtime.Claim;
import org.kaoping.runtime.EvidenceRefusedException;
import org.kaoping.runtime.ImportResult;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.kaoping.spi.support.InMemoryEvidenceSource;

/**
 * The folder-import attacks of issue 10 ("Integrity of the result"), each an attack file under
 * {@code src/test/resources/attacks/}, imported through {@link FolderEvidenceSource} (what the CLI's
 * {@code --evidence} does) into the demo's runtime after the demo's own evidence. Before the gate was unified, each
 * was stored and counted; now each is refused whole with its message (audited, nothing stored, the cursor stays), or,
 * for a unit's own N/A mark and bonus, stored as a pending claim that counts only once the city office approves it.
 */
class FolderImportAttackTest {
    InMemoryAssessmentStore store;
    Kaoping kaoping;

    @BeforeEach
    void demo() {
        store = new InMemoryAssessmentStore();
        kaoping = CycleRun.runtime(BeihaiDemo.setup(), BeihaiSampleCity.directory(), store);
        kaoping.importEvidence(new InMemoryEvidenceSource("demo-evidence").append(BeihaiDemo.evidence()));
    }

    static Path attack(String name) {
        try {
            return Paths.get(FolderImportAttackTest.class.getClassLoader().getResource("attacks/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports the attack folder, expects the refusal, and checks that nothing changed; returns the message. */
    String refused(String name, String unit, String evidenceId) {
        Points before = kaoping.scoreUnit(unit).finalTotal();
        int stored = store.allEvidence().size();
        FolderEvidenceSource folder = FolderEvidenceSource.builder(attack(name)).failOnBadFile(true).build();
        EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> kaoping.importEvidence(folder));
        assertEquals(evidenceId, x.evidenceId());
        assertTrue(x.getMessage().contains("record 1 of the batch") && x.getMessage().contains("nothing of this batch"), x.getMessage());
        assertFalse(store.findEvidence(evidenceId).isPresent(), "nothing of the file is stored");
        assertEquals(stored, store.allEvidence().size());
        assertEquals("", kaoping.cursorOf(folder.id()), "the cursor does not pass the refused file");
        List<AuditEvent> trail = store.auditEvents(0);
        AuditEvent last = trail.get(trail.size() - 1);
        assertEquals(AuditEvent.Action.EVIDENCE_REFUSED, last.action(), "the refusal is audited");
        assertEquals(evidenceId, last.subject().get());
        assertEquals(before, kaoping.scoreUnit(unit).finalTotal(), "the total does not move");
        return x.getMessage();
    }

    @Test
    @DisplayName("海城区 files a score override (自查) on its own item 1.2.4: refused")
    void selfOverride() {
        String m = refused("self-override", "beihai/haicheng", "attack/haicheng/override");
        assertTrue(m.contains("unit [beihai/haicheng] is UNIT_ITSELF towards unit [beihai/haicheng], which may not file SCORE_OVERRIDE")
                && m.contains("an override is made by an assessor, never by the unit itself")
                && m.contains("author [海城区] of unit [beihai/haicheng] about unit [beihai/haicheng] on [1.2.4]"), m);
    }

    @Test
    @DisplayName("银海区, a peer county, files panel ticks about 海城区: refused")
    void peerCountyTicks() {
        String m = refused("peer-county-ticks", "beihai/haicheng", "attack/yinhai-ticks/1");
        assertTrue(m.contains("unit [beihai/yinhai] is UNRELATED towards unit [beihai/haicheng]")
                && m.contains("beihai/office (CITY_OFFICE)"), m);
    }

    @Test
    @DisplayName("A street of 海城区 files panel ticks about 海城区: refused")
    void streetTicks() {
        String m = refused("street-ticks", "beihai/haicheng", "attack/street-ticks/1");
        assertTrue(m.contains("unit [beihai/haicheng/t1] is UNRELATED towards unit [beihai/haicheng]")
                && m.contains("never rates their own unit nor one above or below it"), m);
    }

    @Test
    @DisplayName("A county clerk's panel judgement about another county (合浦县 item 2.1): refused, from the folder and from a host source")
    void countyClerkJudgement() {
        String m = refused("county-clerk-judgement", "beihai/hepu", "attack/clerk/judgement");
        assertTrue(m.contains("unit [beihai/yinhai] is UNRELATED towards unit [beihai/hepu]"), m);
        assertTrue(m.contains("record 1 of the batch (评议-县办事员.csv line 2)"), "the folder names the file and line: " + m);

        InMemoryEvidenceSource host = new InMemoryEvidenceSource("host-oa").append(
                FolderEvidenceSource.of(attack("county-clerk-judgement")).readAll().files().get(0).evidence());
        EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> kaoping.importEvidence(host));
        assertTrue(x.reason().contains("UNRELATED towards unit [beihai/hepu]"), x.reason());
    }

    @Test
    @DisplayName("市交通运输局 marks its own item not applicable: a pending claim (待审核), not counted until the city office approves it")
    void ownNotApplicable() {
        claim("own-not-applicable", "beihai/transport", "attack/transport/not-applicable");
    }

    @Test
    @DisplayName("A unit claims its own bonus (+2): a pending claim, not counted until the city office approves it")
    void ownBonus() {
        Points after = claim("own-bonus", "beihai/hepu", "attack/hepu/bonus");
        assertTrue(after.compareTo(Points.ZERO) > 0);
    }

    private Points claim(String name, String unit, String evidenceId) {
        Points before = kaoping.scoreUnit(unit).finalTotal();
        ImportResult r = kaoping.importEvidence(FolderEvidenceSource.builder(attack(name)).failOnBadFile(true).build());
        assertEquals(1, r.added());
        List<Claim> pending = kaoping.pendingClaims();
        assertEquals(1, pending.size());
        assertEquals(evidenceId, pending.get(0).evidence().id());
        assertEquals("待审核", pending.get(0).status().chineseName());
        assertTrue(store.auditEvents(0).stream().anyMatch(e -> e.action() == AuditEvent.Action.CLAIM_FILED
                && e.subject().get().equals(evidenceId)), "the claim is audited as filed");
        assertEquals(before, kaoping.scoreUnit(unit).finalTotal(), "a pending claim does not count");

        EvidenceRefusedException self = assertThrows(EvidenceRefusedException.class,
                () -> kaoping.approveClaim("clerk", unit, evidenceId));
        assertTrue(self.reason().contains("may not decide its claims"), self.reason());
        kaoping.approveClaim("市依法治市办审核员", BeihaiSampleCity.OFFICE_ID, evidenceId);
        Points approved = kaoping.scoreUnit(unit).finalTotal();
        assertNotEquals(before, approved, "an approved claim counts");
        return approved;
    }
}
