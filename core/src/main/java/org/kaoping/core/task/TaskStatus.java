package org.kaoping.core.task;

import java.util.Locale;
import org.kaoping.core.api.API;

/** Where a key task (四定重点工作任务) stands in a unit's monthly self-report: not started, in progress or done. */
@API(status = API.Status.EXPERIMENTAL)
public enum TaskStatus {
    /** Not started (未开始); also the status of a task nobody has reported on. */
    NOT_STARTED("未开始"),
    /** In progress (进行中). */
    IN_PROGRESS("进行中"),
    /** Done (已完成). */
    DONE("已完成");

    private final String chineseName;

    TaskStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The status as the office writes it, e.g. 进行中. */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The status a text names: its Chinese name ({@code 进行中}) or its constant's name in any case ({@code in_progress},
     * {@code IN-PROGRESS}); null for any other text.
     */
    public static TaskStatus parse(String text) {
        String t = text.trim();
        for (TaskStatus s : values()) {
            if (s.chineseName.equals(t) || s.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'))) {
                return s;
            }
        }
        return null;
    }

    /** The names {@link #parse} accepts, for messages: {@code 未开始/NOT_STARTED, 进行中/IN_PROGRESS, 已完成/DONE}. */
    public static String accepted() {
        StringBuilder s = new StringBuilder();
        for (TaskStatus t : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(t.chineseName).append('/').append(t.name());
        }
        return s.toString();
    }
}
