package org.kaoping.plugin.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.run.CycleSetup;

/**
 * {@code --as-of DATE} of {@code score}, {@code rank} and {@code report} (issue 17, the standing during the year): only the
 * evidence filed (recorded) by the end of that day in Beijing is scored, and the self-report obligations are judged at
 * that moment, as {@code Kaoping#standing} does.
 */
final class AsOf {
    private AsOf() {}

    /** The first instant after {@code day} in Beijing. */
    static Instant cutoff(LocalDate day) {
        return day.plusDays(1).atStartOfDay(AssessmentCycle.SHANGHAI).toInstant();
    }

    /** {@code evidence} recorded before {@code cutoff}, in order. */
    static List<Evidence> filedBy(List<Evidence> evidence, Instant cutoff) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.recordedAt().isBefore(cutoff)) {
                out.add(e);
            }
        }
        return out;
    }

    /** {@code s} with its obligations judged at {@code cutoff}. */
    static CycleSetup at(CycleSetup s, Instant cutoff) {
        CycleSetup.Builder b = CycleSetup.builder(s.plan()).cycle(s.cycle()).asOf(cutoff);
        if (s.cityOffice().isPresent()) {
            b.cityOffice(s.cityOffice().get());
        }
        for (Rubric r : s.plan().rubrics().values()) {
            for (ObligationEffect e : s.effects(r.id())) {
                b.effect(r.id(), e);
            }
        }
        for (Map.Entry<OrgKind, String> e : s.excludedKinds().entrySet()) {
            b.exclude(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : s.excludedUnits().entrySet()) {
            b.exclude(e.getKey(), e.getValue());
        }
        return b.build();
    }

    /** What every output says: the day, and that it is a standing during the year. */
    static String notice(LocalDate day, int kept, int total) {
        return "平时考评：截至" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日24时（北京时间）报送、录入的证据 "
                + kept + " 条（共 " + total + " 条），自查报告按当时是否迟报、漏报计扣分；不是年度考评结果。";
    }
}
