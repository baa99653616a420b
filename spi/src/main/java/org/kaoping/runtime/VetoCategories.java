package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.TriggeredVeto;

/** The categories of the vetoes a scorecard triggered, in the plan's order: what a publication carries (issue 17). */
final class VetoCategories {
    private VetoCategories() {}

    static List<String> of(Optional<Scorecard> card) {
        List<String> out = new ArrayList<>();
        if (card.isPresent()) {
            for (TriggeredVeto v : card.get().vetoes()) {
                out.add(v.rule().incidentCategory());
            }
        }
        return out;
    }
}
