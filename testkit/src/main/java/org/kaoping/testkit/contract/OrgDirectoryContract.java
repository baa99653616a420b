package org.kaoping.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.kaoping.testkit.contract.ContractSupport.rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.spi.OrgDirectory;

/**
 * The contract of {@link OrgDirectory}, as JUnit 5 tests that a directory's own test class inherits: a
 * consistent snapshot that builds an org tree, unique ids, repeatable and thread-safe reads. Failure
 * messages start with {@code rule: …}.
 */
@API(status = API.Status.STABLE)
public abstract class OrgDirectoryContract {
    /** A fresh, empty directory for each test, for the directory's files. */
    @TempDir
    protected Path dir;

    /** The directory under test. */
    protected OrgDirectory directory;

    /** A directory holding at least one unit; it may read them from files it writes into {@code dir}. */
    protected abstract OrgDirectory newDirectory(Path dir) throws Exception;

    @BeforeEach
    final void openDirectory() throws Exception {
        directory = newDirectory(dir);
        assertNotNull(directory, "newDirectory(dir) returned null");
    }

    @Test
    @DisplayName("The directory has a non-blank id and at least one unit, none of them null")
    void hasUnits() {
        assertTrue(directory.id() != null && !directory.id().trim().isEmpty(), rule("a provider's id is never blank"));
        List<OrgUnit> units = directory.units();
        assertNotNull(units, rule("units() never returns null"));
        assertFalse(units.isEmpty(), rule("a directory holds at least one unit"));
        assertFalse(units.contains(null), rule("units() never holds null"));
    }

    @Test
    @DisplayName("Unit ids are unique")
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (OrgUnit u : directory.units()) {
            assertTrue(seen.add(u.id()), rule("unit ids are unique") + ": [" + u.id() + "] occurs twice");
        }
    }

    @Test
    @DisplayName("The snapshot is consistent: every parent and lead department is a listed unit, and there is no cycle")
    void snapshotBuildsATree() {
        List<OrgUnit> units = directory.units();
        Set<String> ids = new HashSet<>();
        for (OrgUnit u : units) {
            ids.add(u.id());
        }
        for (OrgUnit u : units) {
            if (u.parentId().isPresent()) {
                assertTrue(ids.contains(u.parentId().get()), rule("no dangling parent") + ": unit [" + u.id()
                        + "] names parent [" + u.parentId().get() + "], which is not listed");
            }
            if (u.leadDepartmentId().isPresent()) {
                assertTrue(ids.contains(u.leadDepartmentId().get()), rule("no dangling lead department") + ": unit ["
                        + u.id() + "] names lead department [" + u.leadDepartmentId().get() + "], which is not listed");
            }
        }
        try {
            OrgTree tree = OrgTree.of(new ArrayList<>(units));
            assertEquals(units.size(), tree.size(), rule("every unit is in the tree"));
            assertFalse(tree.roots().isEmpty(), rule("the tree has a root"));
        } catch (KaopingException e) {
            fail(rule("the snapshot builds an org tree") + ": " + e.getMessage());
        }
    }

    @Test
    @DisplayName("Repeated calls return the same units, and changing a returned list does not change the directory")
    void repeatable() {
        Set<OrgUnit> first = new HashSet<>(directory.units());
        try {
            directory.units().clear();
        } catch (UnsupportedOperationException expected) {
            // an unmodifiable list is the better answer
        }
        assertEquals(first, new HashSet<>(directory.units()), rule("units() is repeatable and not changed through a returned list"));
    }

    @Test
    @DisplayName("Thread-safe: concurrent callers get the same units")
    void concurrentReadersAgree() throws Exception {
        final Set<OrgUnit> expected = new HashSet<>(directory.units());
        List<Callable<Set<OrgUnit>>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            jobs.add(() -> new HashSet<>(directory.units()));
        }
        for (Set<OrgUnit> got : ContractSupport.runAtOnce(jobs)) {
            assertEquals(expected, got, rule("concurrent callers get the same units"));
        }
    }
}
