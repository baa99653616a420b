package org.kaoping.plugin.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AppraisalRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.CommendationRule;
import org.kaoping.core.plan.RectificationPolicy;
import org.kaoping.core.points.Points;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationOrigin;
import org.kaoping.plugin.bulletin.Bulletin;
import org.kaoping.plugin.report.RectificationSection;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.Notification;
import org.kaoping.spi.Notifier;

/**
 * The demo after the scores: on the demo's store, the city office opens the rectification items (整改) the plan
 * declares from the scored cycle's findings — the veto (北海示例旅游集团's 重大安全生产责任事故) and the incident (铁山港区's
 * 规范性文件) — on 12 January 2016, each due 30 days later; 铁山港区 submits its fix and the office verifies it; the
 * vetoed unit's item goes overdue at 00:00 on 12 February 2016 (Beijing time) and is notified once; then the 通报, the
 * 评先评优名单 and the 绩效考评 export are written into the demo's folder. All of it runs on a fixed clock, so the demo's
 * output is the same on every run; the scores are not touched (every total and grade is the scoring's).
 *
 * <p>The demo plan's after-the-scores settings ({@link #plan(AssessmentPlan)}): items from vetoes and incidents, 30 days,
 * 1 point per unresolved item in the next cycle; commendation of 优秀 units without veto or overdue item, at most 3 per
 * category; the 绩效考评 contribution total × 10 ÷ 100 at 2 decimals.
 */
@org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
public final class DemoRectification {
    /** When the office opens the items: 10:00 on 12 January 2016, Beijing time. */
    public static final Instant OPENED = at(2016, 1, 12, 10);
    /** When 铁山港区 submits its fix. */
    public static final Instant SUBMITTED = at(2016, 1, 25, 15);
    /** When the office verifies it. */
    public static final Instant VERIFIED = at(2016, 1, 28, 9);
    /** The date of the 通报 (成文日期). */
    public static final LocalDate BULLETIN_DATE = LocalDate.of(2016, 2, 15);
    /** The assessor who acts for the city office. */
    public static final String ASSESSOR = "示例考评员";

    /** What the last run of the demo into a folder found, for the console summary of the same process. */
    private static final Map<Path, Outcome> LAST = new ConcurrentHashMap<>();

    private DemoRectification() {}

    /** What the demo's after-the-scores part did. */
    public static final class Outcome {
        private final List<Rectification> items;
        private final List<Notification> notified;
        private final List<Path> files;
        private final ReportData report;

        Outcome(List<Rectification> items, List<Notification> notified, List<Path> files, ReportData report) {
            this.items = Collections.unmodifiableList(new ArrayList<>(items));
            this.notified = Collections.unmodifiableList(new ArrayList<>(notified));
            this.files = Collections.unmodifiableList(new ArrayList<>(files));
            this.report = report;
        }

        /** The items at the end, as the audit trail rebuilds them. */
        public List<Rectification> items() {
            return items;
        }

        /** The notifications sent (the overdue item's, once). */
        public List<Notification> notified() {
            return notified;
        }

        /** The files written: the 通报, the 评先评优名单 and the 绩效考评 export. */
        public List<Path> files() {
            return files;
        }

        /** {@code report} with the demo plan's after-the-scores settings and the 整改 section, for the reports. */
        public ReportData report() {
            return report;
        }
    }

    /** {@code plan} with the demo's after-the-scores settings (see the class comment); no score changes. */
    public static AssessmentPlan plan(AssessmentPlan plan) {
        return AssessmentPlan.builder().from(plan)
                .rectification(RectificationPolicy.of(EnumSet.of(RectificationOrigin.VETO, RectificationOrigin.INCIDENT), null, 30, Points.ONE))
                .commendation(CommendationRule.of("优秀", true, true, 3))
                .appraisal(java.util.Optional.of(AppraisalRule.weightedTotal(Points.of(10), 2))).build();
    }

    /**
     * Runs the after-the-scores part on {@code store} (the demo's journal store, still open) for the scored {@code result},
     * and writes the documents into {@code out}.
     *
     * @param report the demo's report data of {@code result}; the outcome's report adds the 整改 section to it
     */
    public static Outcome run(Path out, AssessmentStore store, CycleResult result, ReportData report) {
        AssessmentPlan plan = plan(result.setup().plan());
        MovableClock clock = new MovableClock(OPENED);
        List<Notification> notified = new CopyOnWriteArrayList<>();
        try (Kaoping k = runtime(store, result, plan, clock).notifier(new Collecting(notified)).build()) {
            List<Rectification> opened = k.openRectifications(ASSESSOR, BeihaiSampleCity.OFFICE_ID, result.scorecards());
            for (Rectification r : opened) {
                if (r.unitId().equals(BeihaiDemo.INCIDENT_UNIT)) {
                    clock.at = SUBMITTED;
                    k.submitRectification("铁山港区示例经办人", r.unitId(), r.id(), "铁整改〔2016〕1号",
                            BeihaiDemo.LABEL + "已撤销相抵触的内部管理规定并完成备案审查");
                    clock.at = VERIFIED;
                    k.verifyRectification(ASSESSOR, BeihaiSampleCity.OFFICE_ID, r.id(), true, BeihaiDemo.LABEL + "整改材料齐全");
                }
            }
            if (!opened.isEmpty()) {
                clock.at = opened.get(0).overdueFrom();
                k.checkRectifications();
            }
            List<Rectification> items = k.rectifications();
            ReportData withPlan = report.toBuilder().plan(plan).section(RectificationSection.of(items)).build();
            Bulletin bulletin = Bulletin.builder().report(withPlan).obligations(result.obligations()).rectifications(items)
                    .date(BULLETIN_DATE).build();
            Outcome o = new Outcome(items, notified, bulletin.writeAll(out), withPlan);
            remember(out, o);
            return o;
        }
    }

    /** A runtime over the demo's {@code store} for the city's {@code plan} as {@code result} ran it (units, cycle, exclusions), on {@code clock}. */
    static Kaoping.Builder runtime(AssessmentStore store, CycleResult result, AssessmentPlan plan, Clock clock) {
        Kaoping.Builder b = Kaoping.builder().orgDirectory(CycleRun.directory(result.tree())).store(store).plan(plan)
                .cycle(result.setup().cycle()).cityOffice(BeihaiSampleCity.OFFICE_ID).clock(clock);
        for (Map.Entry<OrgKind, String> e : result.setup().excludedKinds().entrySet()) {
            b.notAssessed(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : result.setup().excludedUnits().entrySet()) {
            b.notAssessed(e.getKey(), e.getValue());
        }
        return b;
    }

    /** Remembers {@code o} as the last run into {@code out}, for {@link #summary}. */
    static void remember(Path out, Outcome o) {
        LAST.put(out.toAbsolutePath().normalize(), o);
    }

    /** The console lines of the last run into {@code out} in this process: the 整改 items (and the 四定 key tasks) and the documents written; none if it did not run. */
    public static List<String> summary(Path out) {
        Outcome o = LAST.get(out.toAbsolutePath().normalize());
        if (o == null) {
            return Collections.emptyList();
        }
        List<String> lines = new ArrayList<>(RectificationSection.of(o.items()).consoleLines(o.report()));
        for (org.kaoping.plugin.report.ReportSection s : o.report().sections()) {
            if (s instanceof org.kaoping.plugin.report.TasksSection) { // the 四定 key tasks (DemoTasks), when they ran
                lines.addAll(s.consoleLines(o.report()));
                lines.add("四定重点工作任务：任务清单（逗号分隔文件，可再导入）与进度 " + org.kaoping.plugin.report.TasksSection.CSV
                        + " 均在 " + out.toAbsolutePath().normalize() + " 下（" + ReportData.SYNTHETIC_MARKER + "）。");
            }
        }
        lines.add("通报：" + out.toAbsolutePath().normalize().resolve(Bulletin.BULLETIN_HTML) + "、" + Bulletin.BULLETIN_DOCX + "；评先评优名单："
                + Bulletin.COMMENDATION_HTML + "、" + Bulletin.COMMENDATION_DOCX + "；绩效考评计分：" + Bulletin.APPRAISAL_XLSX + "、"
                + Bulletin.APPRAISAL_CSV + "（均标明" + ReportData.SYNTHETIC_MARKER + "）。");
        return lines;
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).atZone(AssessmentCycle.SHANGHAI).toInstant();
    }

    /** Keeps what it is sent. */
    private static final class Collecting implements Notifier {
        private final List<Notification> into;

        Collecting(List<Notification> into) {
            this.into = into;
        }

        @Override
        public String id() {
            return "demo-notifier";
        }

        @Override
        public void notify(Notification notification) {
            into.add(notification);
        }
    }

    /** The demo's clock, moved from act to act. */
    static final class MovableClock extends Clock {
        volatile Instant at;

        MovableClock(Instant at) {
            this.at = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return at;
        }
    }
}
