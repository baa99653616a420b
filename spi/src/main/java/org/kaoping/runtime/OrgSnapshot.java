package org.kaoping.runtime;

import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.org.OrgTree;
import org.kaoping.spi.OrgDirectory;

/**
 * Everything of a running {@link Kaoping} that depends on the org directory — the directory itself, the org tree,
 * the delegation, the assessment scope, and the gate, cycle scorer, publisher and obligation checker built over
 * them — as one immutable snapshot. The runtime holds it behind one volatile reference and every operation reads
 * that reference once, so a reload ({@link Kaoping#reloadOrgDirectory()}) swaps all of it at once: an operation
 * running alongside sees either the old org or the new one, never a mix. State that must outlive a reload (import
 * cursors, the override sequence, the claim-decision lock) lives outside it or is shared by the gates.
 */
final class OrgSnapshot {
    final OrgDirectory directory;
    final OrgTree tree;
    final Delegation delegation;
    final AssessmentScope scope;
    final SubmissionGate gate;
    final CycleScorer scorer;
    final Publisher publisher;
    final ObligationChecker obligations;

    OrgSnapshot(OrgDirectory directory, OrgTree tree, Delegation delegation, AssessmentScope scope, SubmissionGate gate,
            CycleScorer scorer, Publisher publisher, ObligationChecker obligations) {
        this.directory = directory;
        this.tree = tree;
        this.delegation = delegation;
        this.scope = scope;
        this.gate = gate;
        this.scorer = scorer;
        this.publisher = publisher;
        this.obligations = obligations;
    }
}
