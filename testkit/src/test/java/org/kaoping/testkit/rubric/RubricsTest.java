package org.kaoping.testkit.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.rubric.RubricAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.diff.RubricDiff;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.validation.Diagnostic;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.core.validation.ValidationReport;

class RubricsTest {
    private static final Rubrics RUBRICS = Rubrics.defaults();

    @Test
    @DisplayName("the same seed gives an equal rubric, and an iterator with the same seed the same sequence")
    void deterministicPerSeed() {
        for (long seed = -50; seed < 50; seed++) {
            assertEquals(RUBRICS.generate(seed), RUBRICS.generate(seed));
        }
        Iterator<Rubric> a = RUBRICS.iterator(7L);
        Iterator<Rubric> b = RUBRICS.iterator(7L);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.next(), b.next());
        }
    }

    @Test
    @DisplayName("different seeds give different rubrics")
    void seedMatters() {
        Set<Rubric> distinct = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            distinct.add(RUBRICS.generate(seed));
        }
        assertEquals(100, distinct.size());
    }

    @Test
    @DisplayName("generated rubrics are validator-clean, add up to the total and use every rule kind")
    void alwaysValid() {
        Iterator<Rubric> it = RUBRICS.iterator(2015L);
        for (int i = 0; i < 300; i++) {
            Rubric r = it.next();
            assertThat(r).isValid().hasNoWarnings().totals("100").everyNodeSumsItsChildren().hasUniqueIds()
                    .everyLeafHasARule();
            EnumSet<RuleKind> kinds = EnumSet.noneOf(RuleKind.class);
            for (Criterion leaf : r.leaves()) {
                kinds.add(leaf.rule().get().kind());
                assertEquals(0, leaf.points().units() % Points.parse("0.5").units(), leaf::toString);
            }
            assertEquals(EnumSet.allOf(RuleKind.class), kinds, r.id());
        }
    }

    @Test
    @DisplayName("configured sizes bound the number of sections, children per node and depth")
    void sizesRespected() {
        Rubrics small = Rubrics.defaults().sections(3, 4).childrenPerNode(2, 3).maxDepth(4).total("60", "0.25");
        for (long seed = 0; seed < 200; seed++) {
            Rubric r = small.generate(seed);
            assertTrue(r.criteria().size() >= 3 && r.criteria().size() <= 4, r.id());
            assertEquals(Points.of(60), r.points());
            assertThat(r).isValid().everyNodeSumsItsChildren();
            for (Criterion c : r.criteria()) {
                assertTrue(depth(c) <= 4, r.id());
            }
            for (Criterion c : r.allCriteria()) {
                assertTrue(c.isLeaf() || (c.children().size() >= 2 && c.children().size() <= 3), c.id());
            }
        }
    }

    private static int depth(Criterion c) {
        int d = 0;
        for (Criterion k : c.children()) {
            d = Math.max(d, depth(k));
        }
        return d + 1;
    }

    @Test
    @DisplayName("sizes that cannot yield a valid rubric are refused with the values in the message")
    void badConfigurationRefused() {
        assertEquals("sections need 2 <= min <= max; got [1, 3]",
                assertThrows(IllegalArgumentException.class, () -> RUBRICS.sections(1, 3)).getMessage());
        assertEquals("total 10 must be a positive multiple of the granularity 0.3",
                assertThrows(IllegalArgumentException.class, () -> RUBRICS.total("10", "0.3")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RUBRICS.childrenPerNode(1, 2));
        assertThrows(IllegalArgumentException.class, () -> RUBRICS.total("5", "0.5"));
    }

    @Test
    @DisplayName("the QuickTheories adapter yields validator-clean rubrics")
    void quickTheoriesValid() {
        qt().withExamples(100).forAll(RUBRICS.gen()).checkAssert(r -> {
            ValidationReport report = RubricValidator.validate(r);
            assertTrue(report.errors().isEmpty() && report.warnings().isEmpty(), report::summary);
        });
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    @DisplayName("each damage is reported by the validator, exactly once and at the place the generator names")
    void damageCaughtWhereReported(Damage damage) {
        for (long seed = 0; seed < 60; seed++) {
            DamagedRubric d = RUBRICS.damaged(seed, damage);
            assertEquals(damage, d.damage());
            List<Diagnostic> found = new ArrayList<>(RubricValidator.validate(d.rubric()).errors());
            found.addAll(RubricValidator.validate(d.rubric()).warnings());
            assertEquals(1, found.size(), () -> d + "\n" + RubricValidator.validate(d.rubric()).summary());
            Diagnostic diagnostic = found.get(0);
            assertEquals(damage.expectedCode(), diagnostic.code(), d::toString);
            assertEquals(damage.expectedSeverity(), diagnostic.severity(), d::toString);
            assertEquals(d.criterionId(), diagnostic.criterionId(), d::toString);
            assertEquals(RUBRICS.generate(seed), d.original());
            assertNotEquals(d.original(), d.rubric());
        }
    }

    @Test
    @DisplayName("a random damage is deterministic per seed, and over many seeds every damage occurs")
    void randomDamage() {
        EnumSet<Damage> seen = EnumSet.noneOf(Damage.class);
        for (long seed = 0; seed < 300; seed++) {
            DamagedRubric d = RUBRICS.damaged(seed);
            assertEquals(d, RUBRICS.damaged(seed));
            seen.add(d.damage());
        }
        assertEquals(EnumSet.allOf(Damage.class), seen);
    }

    @Test
    @DisplayName("the diff of a damaged rubric against its original changes only the damaged place")
    void diffFindsDamage() {
        qt().withExamples(100).forAll(RUBRICS.damagedGen(Damage.EMPTY_TEXT)).checkAssert(d -> {
            RubricDiff diff = RubricDiff.between(d.original(), d.rubric());
            assertEquals(1, diff.changes().size(), diff::toString);
            assertEquals(d.criterionId(), diff.changes().get(0).criterionId());
        });
    }

    @Test
    @DisplayName("composite rules in generated rubrics hold two or three conditions")
    void compositeShape() {
        for (long seed = 0; seed < 50; seed++) {
            for (Criterion leaf : RUBRICS.generate(seed).leaves()) {
                if (leaf.rule().get() instanceof CompositeRule) {
                    int n = ((CompositeRule) leaf.rule().get()).conditions().size();
                    assertTrue(n == 2 || n == 3, leaf.id());
                }
            }
        }
    }
}
