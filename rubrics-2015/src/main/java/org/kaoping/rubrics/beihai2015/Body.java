package org.kaoping.rubrics.beihai2015;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kaoping.core.rubric.CriterionBuilder;
import org.kaoping.core.rule.Rule;

/**
 * An item's body as calls recorded for its {@link CriterionBuilder} and made on it when the builder runs the body:
 * {@code body().tag("task:2").rule(r)} does what the lambda {@code i -> i.tag("task:2").rule(r)} does, with the same
 * method names and arguments, so the standards read as they did. Each lambda is a class the JVM spins at run time,
 * and the five standards had 160 of them, about 50 ms of a cold JVM before the first rubric is built (issue 14);
 * every body is an instance of this one class instead. The rubrics built are the same (the rubric snapshot tests).
 */
final class Body implements Consumer<CriterionBuilder> {
    private static final int ID = 0;
    private static final int TAG = 1;
    private static final int RULE = 2;
    private static final int ITEM = 3;
    private static final int ITEM_RULE = 4;
    private static final int ITEM_WITHOUT_POINTS = 5;
    private static final int SECTION = 6;
    private static final int REQUIREMENT_POINTS = 7;
    private static final int REQUIREMENT = 8;
    private static final int SHARE_POINTS_EQUALLY = 9;
    private static final int POINTS_BY_ERRATUM = 10;
    private static final int ERRATUM = 11;

    /** The calls in order: the call's number, then its arguments. */
    private final List<Object[]> calls = new ArrayList<>();

    private Body() {}

    /** An empty body, to which the calls are added in the order they are to be made. */
    static Body body() {
        return new Body();
    }

    private Body call(Object... call) {
        calls.add(call);
        return this;
    }

    /** {@link CriterionBuilder#id}. */
    Body id(String id) {
        return call(ID, id);
    }

    /** {@link CriterionBuilder#tag}. */
    Body tag(String... tags) {
        return call(TAG, tags);
    }

    /** {@link CriterionBuilder#rule}. */
    Body rule(Rule rule) {
        return call(RULE, rule);
    }

    /** {@link CriterionBuilder#item(String, String, String, Consumer)}. */
    Body item(String label, String text, String points, Consumer<CriterionBuilder> body) {
        return call(ITEM, label, text, points, body);
    }

    /** {@link CriterionBuilder#item(String, String, String, Rule)}. */
    Body item(String label, String text, String points, Rule rule) {
        return call(ITEM_RULE, label, text, points, rule);
    }

    /** {@link CriterionBuilder#itemWithoutPoints}. */
    Body itemWithoutPoints(String label, String text, Consumer<CriterionBuilder> body) {
        return call(ITEM_WITHOUT_POINTS, label, text, body);
    }

    /** {@link CriterionBuilder#section}. */
    Body section(String label, String text, String points, Consumer<CriterionBuilder> body) {
        return call(SECTION, label, text, points, body);
    }

    /** {@link CriterionBuilder#requirement(String, String, String, Rule)}. */
    Body requirement(String label, String text, String points, Rule rule) {
        return call(REQUIREMENT_POINTS, label, text, points, rule);
    }

    /** {@link CriterionBuilder#requirement(String, String, Rule)}. */
    Body requirement(String label, String text, Rule rule) {
        return call(REQUIREMENT, label, text, rule);
    }

    /** {@link CriterionBuilder#sharePointsEqually}. */
    Body sharePointsEqually() {
        return call(SHARE_POINTS_EQUALLY);
    }

    /** {@link CriterionBuilder#pointsByErratum}. */
    Body pointsByErratum(String points, String sourceSays, String reason) {
        return call(POINTS_BY_ERRATUM, points, sourceSays, reason);
    }

    /** {@link CriterionBuilder#erratum}. */
    Body erratum(String sourceSays, String used, String reason) {
        return call(ERRATUM, sourceSays, used, reason);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(CriterionBuilder b) {
        for (Object[] c : calls) {
            switch ((Integer) c[0]) {
                case ID:
                    b.id((String) c[1]);
                    break;
                case TAG:
                    b.tag((String[]) c[1]);
                    break;
                case RULE:
                    b.rule((Rule) c[1]);
                    break;
                case ITEM:
                    b.item((String) c[1], (String) c[2], (String) c[3], (Consumer<CriterionBuilder>) c[4]);
                    break;
                case ITEM_RULE:
                    b.item((String) c[1], (String) c[2], (String) c[3], (Rule) c[4]);
                    break;
                case ITEM_WITHOUT_POINTS:
                    b.itemWithoutPoints((String) c[1], (String) c[2], (Consumer<CriterionBuilder>) c[3]);
                    break;
                case SECTION:
                    b.section((String) c[1], (String) c[2], (String) c[3], (Consumer<CriterionBuilder>) c[4]);
                    break;
                case REQUIREMENT_POINTS:
                    b.requirement((String) c[1], (String) c[2], (String) c[3], (Rule) c[4]);
                    break;
                case REQUIREMENT:
                    b.requirement((String) c[1], (String) c[2], (Rule) c[3]);
                    break;
                case SHARE_POINTS_EQUALLY:
                    b.sharePointsEqually();
                    break;
                case POINTS_BY_ERRATUM:
                    b.pointsByErratum((String) c[1], (String) c[2], (String) c[3]);
                    break;
                case ERRATUM:
                    b.erratum((String) c[1], (String) c[2], (String) c[3]);
                    break;
                default:
                    throw new IllegalStateException("unknown call " + c[0]);
            }
        }
    }
}
