package org.kaoping.benchmarks.jmh;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.core.validation.ValidationReport;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (c) Loading and validating the five Beihai 2015 rubrics: building them with their builders (what the first
 * use of {@link Beihai2015} does; the package-private {@code *Standard.build()} methods are called
 * reflectively, since {@code Beihai2015} caches its result), validating them with {@link RubricValidator},
 * and parsing them from their JSON form (the reference plugin's codec) then validating.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RubricsBenchmark {
    static final String[] STANDARDS = {"CountyStandard", "JudicialStandard", "AdministrativeStandard", "PartyMassStandard", "EnterpriseStandard"};

    Method[] builders;
    List<byte[]> json;

    @Setup(Level.Trial)
    public void prepare() throws ReflectiveOperationException {
        builders = new Method[STANDARDS.length];
        for (int i = 0; i < STANDARDS.length; i++) {
            builders[i] = Class.forName("org.kaoping.rubrics.beihai2015." + STANDARDS[i]).getDeclaredMethod("build");
            builders[i].setAccessible(true);
        }
        json = new ArrayList<>();
        for (Rubric r : Beihai2015.all()) {
            json.add(RubricJson.toJson(r).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Build the five rubrics from the transcription. */
    @Benchmark
    public List<Rubric> build() throws ReflectiveOperationException {
        List<Rubric> out = new ArrayList<>(5);
        for (Method m : builders) {
            out.add((Rubric) m.invoke(null));
        }
        return out;
    }

    /** Build and validate, as {@code Beihai2015}'s first use does. */
    @Benchmark
    public int buildAndValidate() throws ReflectiveOperationException {
        int diagnostics = 0;
        for (Method m : builders) {
            ValidationReport v = RubricValidator.validate((Rubric) m.invoke(null));
            v.throwIfErrors();
            diagnostics += v.diagnostics().size();
        }
        return diagnostics;
    }

    /** Validate the five (already built). */
    @Benchmark
    public int validate() {
        int diagnostics = 0;
        for (Rubric r : Beihai2015.all()) {
            diagnostics += RubricValidator.validate(r).diagnostics().size();
        }
        return diagnostics;
    }

    /** Parse the five from JSON and validate them. */
    @Benchmark
    public int parseJsonAndValidate() {
        int diagnostics = 0;
        for (byte[] b : json) {
            ValidationReport v = RubricValidator.validate(RubricJson.parse(b, "bench.json"));
            v.throwIfErrors();
            diagnostics += v.diagnostics().size();
        }
        return diagnostics;
    }
}
