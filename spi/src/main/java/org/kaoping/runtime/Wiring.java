package org.kaoping.runtime;

import org.kaoping.spi.internal.ProviderNames;
import org.kaoping.spi.internal.ProviderFailures;
import org.kaoping.spi.RuleEvaluator;
import org.kaoping.spi.RubricRegistry;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.ProviderFailure;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.Notifier;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.AssessmentStore;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;

/**
 * What {@link Kaoping.Builder#build()} resolved — explicit and discovered providers together, and whether the
 * runtime owns the store — and the one-line description of it that {@code build()} logs and
 * {@link Kaoping#summary()} returns. It keeps the wired providers in one record so that the facade does not
 * repeat them field by field. Written only by {@code build()} before the {@link Kaoping} is constructed and never
 * afterwards (its lists are unmodifiable); published safely through the runtime's final field, so reads are
 * thread-safe.
 */
final class Wiring {
    RubricRegistry rubrics;
    OrgDirectory orgDirectory;
    AssessmentStore store;
    boolean ownsStore;
    List<EvidenceSource> sources;
    List<Notifier> notifiers;
    List<ResultSink> sinks;
    List<RuleEvaluator> evaluators;
    List<ProviderFailure> failures;

    /**
     * The full wiring, which {@code build()} logs at {@code FINE}: the plan, the providers, the org directory in use
     * ({@code orgDirectory}, which a reload may have replaced) and its tree, and who is not assessed.
     */
    String summary(AssessmentPlan plan, OrgDirectory orgDirectory, OrgTree tree, String cityOfficeId, Map<String, String> notAssessed) {
        StringBuilder s = new StringBuilder("Kaoping wired plan ").append(plan.id()).append(' ').append(plan.year()).append(" (");
        String sep = "";
        for (Map.Entry<OrgKind, Rubric> e : new EnumMap<>(plan.rubrics()).entrySet()) {
            s.append(sep).append(e.getKey()).append('→').append(e.getValue().id());
            sep = ", ";
        }
        s.append("); rubric providers ").append(ProviderNames.names(rubrics.providers()));
        s.append("; org directory ").append(ProviderNames.describe(orgDirectory)).append(" with ").append(tree.size()).append(" unit(s)");
        s.append(", city office [").append(cityOfficeId).append(']');
        s.append("; ").append(tree.size() - notAssessed.size()).append(" unit(s) assessed");
        if (!notAssessed.isEmpty()) {
            Map<String, Integer> byReason = new LinkedHashMap<>();
            for (String reason : notAssessed.values()) {
                Integer n = byReason.get(reason);
                byReason.put(reason, n == null ? 1 : n + 1);
            }
            s.append(", ").append(notAssessed.size()).append(" not assessed (");
            sep = "";
            for (Map.Entry<String, Integer> e : byReason.entrySet()) {
                s.append(sep).append(e.getValue()).append(": ").append(e.getKey());
                sep = "; ";
            }
            s.append(')');
        }
        s.append("; store ").append(ProviderNames.describe(store));
        s.append("; evidence sources ").append(ProviderNames.names(sources));
        s.append("; notifiers ").append(ProviderNames.names(notifiers));
        s.append("; result sinks ").append(ProviderNames.names(sinks));
        s.append("; rule evaluators ").append(ProviderNames.names(evaluators));
        ProviderFailures.appendTo(s, "provider(s) failed", failures);
        return s.toString();
    }
}
