package org.kaoping.core.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.core.evidence.SourceKind;

/**
 * The delegation matrix's invariants, and {@code docs/delegation-matrix.md} kept equal to the text generated from
 * it. To accept an intended change of the matrix, run
 * {@code ./mvnw -B -ntp -o verify -pl core -Dtest=DelegationMatrixTest -Dkaoping.updateSnapshots=true}: the test then
 * rewrites the page instead of comparing.
 */
class DelegationMatrixTest {
    private static final boolean UPDATE = Boolean.getBoolean("kaoping.updateSnapshots");

    @Test
    @DisplayName("docs/delegation-matrix.md is the text generated from the code")
    void docsPageIsGenerated() throws IOException {
        Path page = Paths.get(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../docs/delegation-matrix.md")
                .normalize();
        String generated = DelegationMatrix.toMarkdown();
        if (UPDATE) {
            Files.write(page, generated.getBytes(StandardCharsets.UTF_8));
            System.out.println("Wrote " + page);
            return;
        }
        if (!Files.exists(page)) {
            fail(page + " is missing; generate it with ./mvnw -B -ntp -o verify -pl core -Dtest=DelegationMatrixTest "
                    + "-Dkaoping.updateSnapshots=true");
        }
        String onDisk = new String(Files.readAllBytes(page), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertEquals(generated, onDisk, "docs/delegation-matrix.md differs from DelegationMatrix.toMarkdown(); if the change is "
                + "intended, regenerate with ./mvnw -B -ntp -o verify -pl core -Dtest=DelegationMatrixTest -Dkaoping.updateSnapshots=true");
    }

    @Test
    @DisplayName("Every role has a cell for every filing and a set of sources")
    void everyCellDefined() {
        for (FilerRole r : FilerRole.values()) {
            assertTrue(DelegationMatrix.sources(r) != null, r.name());
            for (Filing f : Filing.values()) {
                assertTrue(DelegationMatrix.permission(r, f) != null, r + " " + f);
            }
        }
    }

    @Test
    @DisplayName("An unrelated unit files nothing; a unit never overrides, deducts from or decides claims about itself; its own N/A and bonus are claims")
    void invariants() {
        for (Filing f : Filing.values()) {
            assertEquals(Permission.FORBIDDEN, DelegationMatrix.permission(FilerRole.UNRELATED, f), f.name());
        }
        assertTrue(DelegationMatrix.sources(FilerRole.UNRELATED).isEmpty());
        assertEquals(Permission.FORBIDDEN, DelegationMatrix.permission(FilerRole.UNIT_ITSELF, Filing.SCORE_OVERRIDE));
        assertEquals(Permission.FORBIDDEN, DelegationMatrix.permission(FilerRole.UNIT_ITSELF, Filing.CLAIM_DECISION));
        assertEquals(Permission.CLAIM, DelegationMatrix.permission(FilerRole.UNIT_ITSELF, Filing.NOT_APPLICABLE));
        assertEquals(Permission.CLAIM, DelegationMatrix.permission(FilerRole.UNIT_ITSELF, Filing.ADJUSTMENT));
        assertEquals(java.util.Collections.singleton(SourceKind.SELF), DelegationMatrix.sources(FilerRole.UNIT_ITSELF));
        for (FilerRole r : FilerRole.values()) {
            assertEquals(r == FilerRole.UNIT_ITSELF, DelegationMatrix.sources(r).contains(SourceKind.SELF),
                    "only the unit itself files SELF evidence: " + r);
            assertEquals(r.isAssessor(), DelegationMatrix.permission(r, Filing.CLAIM_DECISION) == Permission.ALLOWED,
                    "assessors, and only they, decide claims: " + r);
            assertEquals(r.isAssessor(), DelegationMatrix.permission(r, Filing.SCORE_OVERRIDE) == Permission.ALLOWED,
                    "assessors, and only they, override: " + r);
        }
        assertFalse(DelegationMatrix.permission(FilerRole.PANEL_MEMBER, Filing.ADJUSTMENT) == Permission.ALLOWED);
    }

    @Nested
    @DisplayName("The id rule")
    class Ids {
        @ParameterizedTest
        @ValueSource(strings = {"", " a", "a ", "a\tb", "a\nb", "a\u202Eb", "a\u200Bb", "\u3000a", "ａ", "a\u2028b", "a\uD800b"})
        @DisplayName("Empty, padded, control, bidi, zero-width, line-separator and full-width ids are refused")
        void refused(String id) {
            assertTrue(IdRule.problem(id, "id").isPresent(), IdRule.escape(id));
        }

        @ParameterizedTest
        @ValueSource(strings = {"beihai/haicheng", "海城区", "demo-synthetic/beihai/hepu/judgement/12", "a b", "1.2.4"})
        @DisplayName("Plain ids pass")
        void accepted(String id) {
            assertEquals(Optional.empty(), IdRule.problem(id, "id"));
        }

        @Test
        @DisplayName("The normal form folds full-width ASCII and the ideographic space, and composes (NFC)")
        void normalForm() {
            assertEquals("haicheng 1", IdRule.normalize("ｈａｉｃｈｅｎｇ\u3000１"));
            assertEquals("\u00e9", IdRule.normalize("e\u0301"));
            assertTrue(IdRule.problem("ｈａｉ", "unitId").get().contains("write [hai]"));
            assertEquals("a\\u202Eb", IdRule.escape("a\u202Eb"));
        }
    }
}
