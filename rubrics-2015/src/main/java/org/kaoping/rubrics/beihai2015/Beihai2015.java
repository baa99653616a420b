package org.kaoping.rubrics.beihai2015;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricBuilder;
import org.kaoping.core.validation.RubricValidator;

/**
 * The entry point of this module: the five standards of 北海争创全国法治城市活动工作标准（征求意见稿）
 * (attachment 3 of the Beihai 2015 rule-of-law city documents) as immutable, validated {@link Rubric}s.
 *
 * <p>Every section, item and numbered requirement is transcribed in the source's order with its label as
 * printed, its verbatim text and its points; corrections are recorded as errata on the rubric, never made
 * in the text. The rubrics are built and validated once, on first use, and shared; this class is
 * thread-safe.
 */
@API(status = API.Status.STABLE)
public final class Beihai2015 {
    /** The id of this module's {@code RubricProvider}. */
    public static final String PROVIDER_ID = "beihai-2015";

    /** The version of the transcription, on the standards' own version line. */
    public static final String VERSION = "2015.1.0";

    /** The title of the source document, as the issuing office names it. */
    public static final String SOURCE_DOCUMENT = "北海争创全国法治城市活动工作标准（征求意见稿）";

    /** Where the standards stand in the published documents. */
    public static final String SOURCE_ATTACHMENT = "附件3";

    /** The classpath resource (next to this class) holding the text of attachments 1 to 3. */
    public static final String SOURCE_RESOURCE = "source-2015.txt";

    public static final String COUNTY_ID = "beihai-2015/county";

    /**
     * The metric and target key of county 九.4, 平安村、平安单位创建达标率 "达到上级指标要求": the rate reaches the target the
     * higher level sets for the year, held in the plan ({@code ReviewSettings#target}; issue 17).
     */
    public static final String SAFE_UNIT_RATE = "safe-unit-rate";

    /** The metric and target key of county 九.6, 信访案件办结率 "达到上级标准要求" (see {@link #SAFE_UNIT_RATE}). */
    public static final String PETITION_CLOSURE_RATE = "petition-closure-rate";
    public static final String JUDICIAL_ID = "beihai-2015/judicial";
    public static final String ADMINISTRATIVE_ID = "beihai-2015/administrative";
    public static final String PARTY_MASS_ID = "beihai-2015/party-mass";
    public static final String ENTERPRISE_ID = "beihai-2015/enterprise";

    private Beihai2015() {}

    /** 一、县（区）工作标准: counties and districts ({@link OrgKind#COUNTY_DISTRICT}). */
    public static Rubric county() {
        return Holder.ALL.get(0);
    }

    /** 二、市级司法机关工作标准: city-level judicial organs ({@link OrgKind#CITY_JUDICIAL}). */
    public static Rubric judicial() {
        return Holder.ALL.get(1);
    }

    /** 三、市级行政部门工作标准: city-level administrative departments ({@link OrgKind#CITY_ADMINISTRATIVE}). */
    public static Rubric administrative() {
        return Holder.ALL.get(2);
    }

    /** 四、市级党群部门工作标准: city-level party and mass organizations ({@link OrgKind#CITY_PARTY_MASS}). */
    public static Rubric partyMass() {
        return Holder.ALL.get(3);
    }

    /** 五、企事业单位工作标准: enterprises and public institutions ({@link OrgKind#ENTERPRISE_INSTITUTION}). */
    public static Rubric enterprise() {
        return Holder.ALL.get(4);
    }

    /** The five rubrics in the source's order; the list is unmodifiable. */
    public static List<Rubric> all() {
        return Holder.ALL;
    }

    /** The five rubric ids in the source's order; the list is unmodifiable. */
    public static List<String> ids() {
        return Holder.IDS;
    }

    /** The rubric with {@code rubricId}, or empty if it is not one of the five. */
    public static Optional<Rubric> byId(String rubricId) {
        for (Rubric r : Holder.ALL) {
            if (r.id().equals(rubricId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The text of the public source document shipped with this module (attachments 1 to 3), for
     * traceability: every criterion's text occurs in it verbatim.
     *
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String sourceText() {
        try (InputStream in = Beihai2015.class.getResourceAsStream(SOURCE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + SOURCE_RESOURCE + " is missing next to "
                        + Beihai2015.class.getName());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SOURCE_RESOURCE, e);
        }
    }

    /** The common metadata of the five standards; {@code heading} is the standard's heading as printed. */
    static RubricBuilder start(String id, String heading, String title, OrgKind kind) {
        return Rubric.builder(id)
                .version(VERSION)
                .title(title)
                .appliesTo(kind)
                .points("100")
                .source(SOURCE_DOCUMENT + ", " + SOURCE_ATTACHMENT + ", " + heading);
    }

    /** Builds the rubrics on first use (class initialization is thread-safe) and refuses invalid ones. */
    private static final class Holder {
        static final List<Rubric> ALL = build();
        static final List<String> IDS = ids(ALL);

        private static List<Rubric> build() {
            List<Rubric> rubrics = Arrays.asList(
                    CountyStandard.build(),
                    JudicialStandard.build(),
                    AdministrativeStandard.build(),
                    PartyMassStandard.build(),
                    EnterpriseStandard.build());
            for (Rubric r : rubrics) {
                RubricValidator.validate(r).throwIfErrors();
            }
            return Collections.unmodifiableList(new ArrayList<>(rubrics));
        }

        private static List<String> ids(List<Rubric> rubrics) {
            List<String> out = new ArrayList<>();
            for (Rubric r : rubrics) {
                out.add(r.id());
            }
            return Collections.unmodifiableList(out);
        }
    }
}
