package org.kaoping.core.scoring;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.plan.VetoRule;

/** A veto (一票否决) that the unit's incidents triggered, with the incidents' evidence ids. */
@Value.Immutable
public interface TriggeredVeto {
    VetoRule rule();

    List<String> incidentIds();
}
