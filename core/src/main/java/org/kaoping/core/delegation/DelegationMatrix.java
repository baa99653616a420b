package org.kaoping.core.delegation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.SourceKind;

/**
 * The delegation matrix as data: for every {@link FilerRole} and every {@link Filing}, whether it is
 * {@linkplain Permission#ALLOWED allowed}, allowed only as a {@linkplain Permission#CLAIM claim}, or
 * {@linkplain Permission#FORBIDDEN forbidden}, and which evidence sources a role may file under. The runtime's gate
 * asks this one table for every submission, import, override and claim decision; {@code docs/delegation-matrix.md}
 * is generated from it ({@link #toMarkdown()}). Immutable and thread-safe.
 *
 * <p>Why the cells are what they are: a unit reports on itself (自查) and may assert things in its own favour (its
 * own N/A mark, its own bonus) only as claims an assessor decides; its assessors under 属地逐级分类考核制 record
 * findings, deductions, adjustments, N/A marks and overrides, and decide claims; a panel rater records judgements,
 * ticks and the documents they rest on, never about their own unit; a host system delivers facts (metric values,
 * incidents, documents, public ratings), never opinions; anybody else files nothing.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DelegationMatrix {
    private static final Map<FilerRole, Map<Filing, Permission>> CELLS = new EnumMap<>(FilerRole.class);
    private static final Map<FilerRole, Set<SourceKind>> SOURCES = new EnumMap<>(FilerRole.class);

    static {
        for (FilerRole r : FilerRole.values()) {
            Map<Filing, Permission> row = new EnumMap<>(Filing.class);
            for (Filing f : Filing.values()) {
                row.put(f, Permission.FORBIDDEN);
            }
            CELLS.put(r, row);
        }
        allow(FilerRole.UNIT_ITSELF, Filing.SELF_REPORT, Filing.DOCUMENT, Filing.METRIC_VALUE, Filing.INCIDENT,
                Filing.CHECKLIST_TICK, Filing.JUDGEMENT);
        CELLS.get(FilerRole.UNIT_ITSELF).put(Filing.NOT_APPLICABLE, Permission.CLAIM);
        CELLS.get(FilerRole.UNIT_ITSELF).put(Filing.ADJUSTMENT, Permission.CLAIM);
        for (FilerRole assessor : new FilerRole[] {FilerRole.CITY_OFFICE, FilerRole.COUNTY_OFFICE, FilerRole.LEAD_DEPARTMENT,
                FilerRole.TOWNSHIP}) {
            for (Filing f : Filing.values()) {
                if (f != Filing.SELF_REPORT) {
                    allow(assessor, f);
                }
            }
            SOURCES.put(assessor, Collections.unmodifiableSet(EnumSet.of(SourceKind.PANEL, SourceKind.SPOT_CHECK,
                    SourceKind.PUBLIC, SourceKind.HOST_SYSTEM)));
        }
        allow(FilerRole.PANEL_MEMBER, Filing.DOCUMENT, Filing.CHECKLIST_TICK, Filing.JUDGEMENT);
        allow(FilerRole.HOST_SYSTEM, Filing.DOCUMENT, Filing.METRIC_VALUE, Filing.INCIDENT, Filing.PUBLIC_RATING);
        SOURCES.put(FilerRole.UNIT_ITSELF, Collections.unmodifiableSet(EnumSet.of(SourceKind.SELF)));
        SOURCES.put(FilerRole.PANEL_MEMBER, Collections.unmodifiableSet(EnumSet.of(SourceKind.PANEL)));
        SOURCES.put(FilerRole.HOST_SYSTEM, Collections.unmodifiableSet(EnumSet.of(SourceKind.HOST_SYSTEM, SourceKind.PUBLIC)));
        SOURCES.put(FilerRole.UNRELATED, Collections.unmodifiableSet(EnumSet.noneOf(SourceKind.class)));
    }

    private DelegationMatrix() {}

    private static void allow(FilerRole role, Filing... filings) {
        for (Filing f : filings) {
            CELLS.get(role).put(f, Permission.ALLOWED);
        }
    }

    /** The cell of {@code role} and {@code filing}. */
    public static Permission permission(FilerRole role, Filing filing) {
        return CELLS.get(role).get(filing);
    }

    /** The evidence sources {@code role} may file under; unmodifiable. */
    public static Set<SourceKind> sources(FilerRole role) {
        return SOURCES.get(role);
    }

    /** The whole matrix as a Markdown page (the text of {@code docs/delegation-matrix.md}). */
    public static String toMarkdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Delegation matrix (授权矩阵)\n\n");
        s.append("Generated from `org.kaoping.core.delegation.DelegationMatrix` — do not edit by hand; regenerate with\n");
        s.append("`./mvnw -B -ntp -o verify -pl core -Dtest=DelegationMatrixTest -Dkaoping.updateSnapshots=true`.\n\n");
        s.append("Who may file what about a unit. 允许 = stored and counted; 申请，待审核 = stored as a claim, counted once an\n");
        s.append("assessor approves it; 禁止 = refused at the gate, audited, nothing stored. Roles are worked out per record\n");
        s.append("from the org tree (属地逐级分类考核制): see `docs/gate.md`.\n\n");
        s.append("| role |");
        for (Filing f : Filing.values()) {
            s.append(' ').append(f.name()).append("<br>").append(f.chineseName()).append(" |");
        }
        s.append(" sources |\n|---|");
        for (int i = 0; i < Filing.values().length; i++) {
            s.append("---|");
        }
        s.append("---|\n");
        for (FilerRole r : FilerRole.values()) {
            s.append("| ").append(r.name()).append("<br>").append(r.chineseName()).append(" |");
            for (Filing f : Filing.values()) {
                s.append(' ').append(permission(r, f).chineseName()).append(" |");
            }
            s.append(' ');
            String sep = "";
            for (SourceKind k : sources(r)) {
                s.append(sep).append(k.name());
                sep = ", ";
            }
            s.append(sources(r).isEmpty() ? "—" : "").append(" |\n");
        }
        s.append("\nA panel member is a rater from a member unit of the leading group (by default every city-level\n");
        s.append("department: judicial, administrative, party and mass units directly under the city), rating a unit the\n");
        s.append("city office assesses, never their own unit nor a unit above or below it.\n");
        return s.toString();
    }
}
