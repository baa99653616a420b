package org.kaoping.core.scoring;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.VetoRule;

/** A veto (一票否决) that the unit's incidents triggered, with the incidents' evidence ids. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class TriggeredVeto {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    TriggeredVeto() {}

    public abstract VetoRule rule();

    public abstract List<String> incidentIds();
}
