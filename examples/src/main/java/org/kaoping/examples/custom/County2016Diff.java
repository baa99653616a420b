package org.kaoping.examples.custom;

import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import org.kaoping.core.rubric.diff.RubricDiff;
import org.kaoping.rubrics.beihai2015.Beihai2015;

/** Prints what the illustrative 2016 county standard changes from the Beihai 2015 one, one change per line. */
public final class County2016Diff {
    private County2016Diff() {}

    /** The diff of {@link County2016} against {@code Beihai2015.county()}. */
    public static RubricDiff diff() {
        return RubricDiff.between(Beihai2015.county(), County2016.build());
    }

    /** Prints {@link #diff()} in UTF-8 to standard output; takes no arguments. */
    public static void main(String[] args) throws UnsupportedEncodingException {
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        out.println(diff());
        out.flush();
    }
}
