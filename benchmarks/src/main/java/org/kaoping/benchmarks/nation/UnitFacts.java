package org.kaoping.benchmarks.nation;

import java.util.Arrays;

/**
 * The facts generated for one unit, as primitive columns in a reusable buffer: what the generator writes
 * and what both the Kaoping evidence views and the SQL peers' loaders read, so that all see the same data.
 */
public final class UnitFacts {
    public static final byte JUDGEMENT = 1;
    public static final byte TICK = 2;
    public static final byte METRIC = 3;
    public static final byte RATING = 4;
    public static final byte INCIDENT = 5;
    public static final byte SELF_REPORT = 6;

    /** Source codes in the default blend's precedence order (panel, spot check, host system, public, self). */
    public static final byte PANEL = 0;
    public static final byte HOST = 2;
    public static final byte PUBLIC = 3;
    public static final byte SELF = 4;

    public int unit;
    public SyntheticRubric rubric;
    public int size;
    /** Fact kind, per fact. */
    public byte[] kind = new byte[256];
    /** Leaf within the rubric (0-based), or -1 for a self report. */
    public short[] leaf = new short[256];
    public byte[] source = new byte[256];
    /** The year is the assessed year unless this is set (then it is the year before). */
    public boolean[] previousYear = new boolean[256];
    /** Judgement: level index 0–3 (好, 较好, 一般, 差); tick: requirement; metric: value; rating: satisfied; incident, self report: month. */
    public int[] a = new int[256];
    /** Tick: 1 if met; rating: respondents; rater number of a judgement. */
    public int[] b = new int[256];

    void clear(int unitIndex, SyntheticRubric r) {
        unit = unitIndex;
        rubric = r;
        size = 0;
    }

    void add(byte k, int leafIndex, byte src, boolean prev, int va, int vb) {
        if (size == kind.length) {
            int n = size * 2;
            kind = Arrays.copyOf(kind, n);
            leaf = Arrays.copyOf(leaf, n);
            source = Arrays.copyOf(source, n);
            previousYear = Arrays.copyOf(previousYear, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
        }
        kind[size] = k;
        leaf[size] = (short) leafIndex;
        source[size] = src;
        previousYear[size] = prev;
        a[size] = va;
        b[size] = vb;
        size++;
    }

    /** The share in thousandths of judgement level {@code level}: 1000, 800, 600, 0. */
    public static int levelPermille(int level) {
        return LEVEL_PERMILLE[level];
    }

    static final int[] LEVEL_PERMILLE = {1000, 800, 600, 0};
    static final String[] LEVEL_NAMES = {"好", "较好", "一般", "差"};
}
