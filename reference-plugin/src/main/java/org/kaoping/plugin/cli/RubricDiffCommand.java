package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.util.List;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.diff.Change;
import org.kaoping.core.rubric.diff.RubricDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kaoping rubric diff A B}: the differences between two versions of a standard (工作标准), in Chinese for the
 * office — the criteria added, removed and changed, then the rubric's own fields and errata (issue 16, across years).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two rubrics, each by id or as a JSON file (an existing file wins), and print in Chinese the criteria "
                + "added (新增), removed (删除) and changed (修改), then changes of the rubric's own fields and errata. Exit code 0.")
final class RubricDiffCommand extends RubricCommand.Sub {
    @Parameters(index = "0", paramLabel = "A", description = "The older rubric: an id or a rubric JSON file.")
    String older;

    @Parameters(index = "1", paramLabel = "B", description = "The newer rubric: an id or a rubric JSON file.")
    String newer;

    @picocli.CommandLine.Option(names = "--mapping", paramLabel = "FILE",
            description = "A criterion mapping CSV from A to B (see rubric migrate): first list the mapped pairs, the items of A not carried and the items of B with no source.")
    java.nio.file.Path mapping;

    @Override
    public Integer call() {
        Rubric a = rubric(older);
        Rubric b = rubric(newer);
        RubricDiff diff = RubricDiff.between(a, b);
        PrintWriter out = out();
        out.println("工作标准比较：[" + a.id() + "] " + a.version() + " 《" + a.title() + "》 → [" + b.id() + "] " + b.version() + " 《" + b.title() + "》");
        if (mapping != null) { // issue 16: the declared mapping of criterion ids
            pairs(out, org.kaoping.plugin.migrate.CriterionMapping.read(mapping, a, b));
        }
        if (diff.isEmpty()) {
            out.println("两者无差异。");
            return 0;
        }
        section(out, "新增条目", "+", diff.changesOf(Change.Kind.CRITERION_ADDED));
        section(out, "删除条目", "-", diff.changesOf(Change.Kind.CRITERION_REMOVED));
        int changed = 0;
        for (Change c : diff.changes()) {
            changed += isCriterionChange(c) ? 1 : 0;
        }
        if (changed > 0) {
            out.println("修改条目（" + changed + " 处）：");
            for (Change c : diff.changes()) {
                if (isCriterionChange(c)) {
                    out.println("  ~ " + where(c) + " " + changeName(c.kind()) + "（" + c.subject() + "）：" + value(c.oldValue().orElse(null))
                            + " → " + value(c.newValue().orElse(null)));
                }
            }
        }
        List<Change> meta = diff.changesOf(Change.Kind.METADATA_CHANGED);
        if (!meta.isEmpty()) {
            out.println("标准信息（" + meta.size() + " 处）：");
            for (Change c : meta) {
                out.println("  ~ " + c.subject() + "：" + value(c.oldValue().orElse(null)) + " → " + value(c.newValue().orElse(null)));
            }
        }
        section(out, "新增勘误", "+", diff.changesOf(Change.Kind.ERRATUM_ADDED));
        section(out, "删除勘误", "-", diff.changesOf(Change.Kind.ERRATUM_REMOVED));
        out.flush();
        return 0;
    }

    /** A rubric id, or a rubric JSON file when {@code target} names an existing file. */
    private Rubric rubric(String target) {
        return RubricSources.byIdOrFile(registry(), target);
    }

    /** The mapped pairs, with what changed between them, then A's items not carried and B's items with no source. */
    private static void pairs(PrintWriter out, org.kaoping.plugin.migrate.CriterionMapping m) {
        out.println("条目对应（对应表 " + m.file() + "，" + m.pairs().size() + " 对）：");
        for (java.util.Map.Entry<String, String> e : m.pairs().entrySet()) {
            org.kaoping.core.rubric.Criterion was = m.from().criterion(e.getKey());
            org.kaoping.core.rubric.Criterion now = m.to().criterion(e.getValue());
            java.util.List<String> what = new java.util.ArrayList<>();
            if (!e.getKey().equals(e.getValue())) {
                what.add("改号");
            }
            if (!was.text().equals(now.text())) {
                what.add("文字变动");
            }
            if (was.points().compareTo(now.points()) != 0) {
                what.add("分值 " + was.points() + " → " + now.points());
            }
            out.println("  " + e.getKey() + " → " + e.getValue() + (what.isEmpty() ? "" : "（" + String.join("，", what) + "）")
                    + (m.note(e.getKey()).isPresent() ? "：" + m.note(e.getKey()).get() : ""));
        }
        java.util.List<String> unlisted = m.notListed();
        out.println("原标准不结转的条目（" + (m.notCarried().size() + unlisted.size()) + " 项）：");
        for (java.util.Map.Entry<String, String> e : m.notCarried().entrySet()) {
            out.println("  " + e.getKey() + "：对应表声明不结转（" + e.getValue() + "）");
        }
        for (String id : unlisted) {
            out.println("  " + id + "：对应表未列出");
        }
        java.util.List<String> none = m.newItemsWithoutSource();
        out.println("新标准无来源的条目（" + none.size() + " 项）：" + (none.isEmpty() ? "无" : String.join("、", none)));
    }

    private static void section(PrintWriter out, String title, String mark, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.println(title + "（" + changes.size() + " 条）：");
        for (Change c : changes) {
            boolean added = c.kind() == Change.Kind.CRITERION_ADDED || c.kind() == Change.Kind.ERRATUM_ADDED;
            String text = added ? c.newValue().orElse("") : c.oldValue().orElse("");
            boolean criterion = c.kind() == Change.Kind.CRITERION_ADDED || c.kind() == Change.Kind.CRITERION_REMOVED;
            out.println("  " + mark + " " + where(c) + (criterion ? " " + c.subject() : "") + "：" + text);
        }
    }

    private static boolean isCriterionChange(Change c) {
        switch (c.kind()) {
            case CRITERION_MOVED:
            case CRITERION_RELABELLED:
            case POINTS_CHANGED:
            case TEXT_CHANGED:
            case RULE_KIND_CHANGED:
            case RULE_CHANGED:
            case TAGS_CHANGED:
                return true;
            default:
                return false;
        }
    }

    /** The change's kind in the office's words. */
    private static String changeName(Change.Kind kind) {
        switch (kind) {
            case CRITERION_MOVED:
                return "位置变动";
            case CRITERION_RELABELLED:
                return "序号变动";
            case POINTS_CHANGED:
                return "分值变动";
            case TEXT_CHANGED:
                return "文字变动";
            case RULE_KIND_CHANGED:
                return "计分规则类型变动";
            case RULE_CHANGED:
                return "计分规则变动";
            case TAGS_CHANGED:
                return "标签变动";
            default:
                return kind.name();
        }
    }

    private static String where(Change c) {
        return c.criterionId().isEmpty() ? "标准" : c.criterionId() + (c.path().isEmpty() ? "" : " " + c.path());
    }

    private static String value(String v) {
        return v == null ? "（无）" : "「" + v + "」";
    }
}
