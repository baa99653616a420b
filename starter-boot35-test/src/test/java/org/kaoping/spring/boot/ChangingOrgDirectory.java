package org.kaoping.spring.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.spi.OrgDirectory;

/** The host's org directory in the tests: the Beihai sample city (示例数据), to which a test can add a unit. */
final class ChangingOrgDirectory implements OrgDirectory {
    /** The unit a test adds: a new administrative department of the city. */
    static final OrgUnit NEW_BUREAU = OrgUnit.of("beihai/big-data", "市大数据发展局（示例数据）", OrgKind.CITY_ADMINISTRATIVE,
            "beihai");

    private final List<OrgUnit> units = new CopyOnWriteArrayList<>(BeihaiSampleCity.units());

    @Override
    public String id() {
        return "host-oa-directory";
    }

    @Override
    public List<OrgUnit> units() {
        return new ArrayList<>(units);
    }

    /** Adds {@link #NEW_BUREAU}, as the OA system would save a new department. */
    void addNewBureau() {
        units.add(NEW_BUREAU);
    }
}
