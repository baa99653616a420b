package org.kaoping.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code kaoping.*} properties the starter builds the runtime from. Map keys that hold a slash (unit ids such
 * as {@code beihai/office}) are written in brackets: {@code kaoping.not-assessed[beihai/office]=…}.
 */
@ConfigurationProperties(prefix = "kaoping")
@API(status = API.Status.STABLE)
public class KaopingProperties {
    /** Whether the starter configures Kaoping at all. */
    private boolean enabled = true;

    private final Plan plan = new Plan();

    /** The unit id of the city office (依法治市办), the top assessor; required. */
    private String cityOffice;

    /** County id to the unit that acts as its office (依法治理办); by default each county is its own office. */
    private Map<String, String> countyOffices = new LinkedHashMap<>();

    /** Unit id to the reason it is not assessed (e.g. the city office itself). */
    private Map<String, String> notAssessed = new LinkedHashMap<>();

    /** Kind of unit to the reason units of that kind are not assessed. */
    private Map<OrgKind, String> notAssessedKinds = new LinkedHashMap<>();

    /**
     * Rubric provider classes (public, with a public no-argument constructor) to instantiate, in addition to every
     * {@code RubricProvider} bean, e.g. {@code org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider}.
     */
    private List<String> rubricProviders = new ArrayList<>();

    /** Whether to add the providers registered in META-INF/services ({@code Kaoping.Builder.discover()}). */
    private boolean discover = false;

    /** Threads {@code scoreCycle} may use; the available processors if not set. */
    private Integer parallelism;

    /** Records fetched per batch by an import; the runtime's default (500) if not set. */
    private Integer importBatchSize;

    private final Store store = new Store();

    private final Obligations obligations = new Obligations();

    private final Health health = new Health();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getCityOffice() {
        return cityOffice;
    }

    public void setCityOffice(String cityOffice) {
        this.cityOffice = cityOffice;
    }

    public Map<String, String> getCountyOffices() {
        return countyOffices;
    }

    public void setCountyOffices(Map<String, String> countyOffices) {
        this.countyOffices = countyOffices;
    }

    public Map<String, String> getNotAssessed() {
        return notAssessed;
    }

    public void setNotAssessed(Map<String, String> notAssessed) {
        this.notAssessed = notAssessed;
    }

    public Map<OrgKind, String> getNotAssessedKinds() {
        return notAssessedKinds;
    }

    public void setNotAssessedKinds(Map<OrgKind, String> notAssessedKinds) {
        this.notAssessedKinds = notAssessedKinds;
    }

    public List<String> getRubricProviders() {
        return rubricProviders;
    }

    public void setRubricProviders(List<String> rubricProviders) {
        this.rubricProviders = rubricProviders;
    }

    public boolean isDiscover() {
        return discover;
    }

    public void setDiscover(boolean discover) {
        this.discover = discover;
    }

    public Integer getParallelism() {
        return parallelism;
    }

    public void setParallelism(Integer parallelism) {
        this.parallelism = parallelism;
    }

    public Integer getImportBatchSize() {
        return importBatchSize;
    }

    public void setImportBatchSize(Integer importBatchSize) {
        this.importBatchSize = importBatchSize;
    }

    public Store getStore() {
        return store;
    }

    public Obligations getObligations() {
        return obligations;
    }

    public Health getHealth() {
        return health;
    }

    /** The plan built from the rubrics ({@code planFromRubrics(id, year)}). */
    public static class Plan {
        /** The plan id, e.g. {@code beihai-2015}; required. */
        private String id;

        /** The plan's year, e.g. 2015; required. */
        private Integer year;

        /** Kind of unit to the rubric id that assesses it, where more than one rubric applies to a kind. */
        private Map<OrgKind, String> rubricFor = new LinkedHashMap<>();

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Map<OrgKind, String> getRubricFor() {
            return rubricFor;
        }

        public void setRubricFor(Map<OrgKind, String> rubricFor) {
            this.rubricFor = rubricFor;
        }
    }

    /** Where the starter's own store lives, when the host defines no {@code AssessmentStore} bean. */
    public static class Store {
        /**
         * A directory for the embedded journal store ({@code JournalAssessmentStore.open}); takes precedence over
         * the application's DataSource.
         */
        private Path journalDirectory;

        private final Jdbc jdbc = new Jdbc();

        public Path getJournalDirectory() {
            return journalDirectory;
        }

        public void setJournalDirectory(Path journalDirectory) {
            this.journalDirectory = journalDirectory;
        }

        public Jdbc getJdbc() {
            return jdbc;
        }
    }

    /** The JDBC store over the application's DataSource. */
    public static class Jdbc {
        /** Whether to use the application's DataSource when no journal directory is set. */
        private boolean enabled = true;

        /** The prefix of the four tables. */
        private String tablePrefix = "kaoping_";

        /**
         * Whether to create the tables at start-up ({@code createSchema()}, idempotent). Set to false where a DBA
         * runs the shipped script and the application's user may not create tables.
         */
        private boolean createSchema = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getTablePrefix() {
            return tablePrefix;
        }

        public void setTablePrefix(String tablePrefix) {
            this.tablePrefix = tablePrefix;
        }

        public boolean isCreateSchema() {
            return createSchema;
        }

        public void setCreateSchema(boolean createSchema) {
            this.createSchema = createSchema;
        }
    }

    /** Reporting obligations: their deductions and the schedule that checks them. */
    public static class Obligations {
        /** Declared effects of late and missing self-reports; none by default (then nothing is deducted). */
        private List<Effect> effects = new ArrayList<>();

        /** How long before a deadline an unsubmitted report is reminded of; the runtime's default (3 days) if not set. */
        private Duration reminderLead;

        /** How long after its deadline a missing report's deduction is filed; none if not set. */
        private Duration missingDeductionGrace;

        private final Schedule schedule = new Schedule();

        public List<Effect> getEffects() {
            return effects;
        }

        public void setEffects(List<Effect> effects) {
            this.effects = effects;
        }

        public Duration getReminderLead() {
            return reminderLead;
        }

        public void setReminderLead(Duration reminderLead) {
            this.reminderLead = reminderLead;
        }

        public Duration getMissingDeductionGrace() {
            return missingDeductionGrace;
        }

        public void setMissingDeductionGrace(Duration missingDeductionGrace) {
            this.missingDeductionGrace = missingDeductionGrace;
        }

        public Schedule getSchedule() {
            return schedule;
        }
    }

    /** One declared obligation effect ({@code ObligationEffect.of(type, criterion, perLate, perMissing)}). */
    public static class Effect {
        /** The rubric it applies to; empty for every rubric of the plan that has the criterion. */
        private String rubric;

        /** MONTHLY or ANNUAL. */
        private SelfReport.Type type;

        /** The criterion the deductions are filed on, e.g. {@code 1.2}. */
        private String criterion;

        /** Points deducted per late report, e.g. {@code 0.2}. */
        private String perLate = "0";

        /** Points deducted per missing report, e.g. {@code 0.5}. */
        private String perMissing = "0";

        /** The effect as the runtime takes it. */
        public ObligationEffect toEffect() {
            if (type == null || criterion == null || criterion.trim().isEmpty()) {
                throw new ConfigurationException("kaoping.obligations.effects[]: type and criterion are required; got type "
                        + type + ", criterion [" + criterion + "]");
            }
            return ObligationEffect.of(type, criterion, Points.parse(perLate), Points.parse(perMissing));
        }

        public String getRubric() {
            return rubric;
        }

        public void setRubric(String rubric) {
            this.rubric = rubric;
        }

        public SelfReport.Type getType() {
            return type;
        }

        public void setType(SelfReport.Type type) {
            this.type = type;
        }

        public String getCriterion() {
            return criterion;
        }

        public void setCriterion(String criterion) {
            this.criterion = criterion;
        }

        public String getPerLate() {
            return perLate;
        }

        public void setPerLate(String perLate) {
            this.perLate = perLate;
        }

        public String getPerMissing() {
            return perMissing;
        }

        public void setPerMissing(String perMissing) {
            this.perMissing = perMissing;
        }
    }

    /** When {@code checkObligations} runs. */
    public static class Schedule {
        /** Whether the starter runs {@code checkObligations(now)} on the cron schedule. */
        private boolean enabled = true;

        /** A Spring cron expression (second minute hour day month weekday); daily at 01:30 by default. */
        private String cron = "0 30 1 * * *";

        /** The time zone of the cron expression; Beijing time by default. */
        private String zone = "Asia/Shanghai";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getCron() {
            return cron;
        }

        public void setCron(String cron) {
            this.cron = cron;
        }

        public String getZone() {
            return zone;
        }

        public void setZone(String zone) {
            this.zone = zone;
        }
    }

    /** The Actuator health indicator. */
    public static class Health {
        /**
         * Whether each health check also walks the store's hash chain ({@code verifyIntegrity()}); off by default,
         * since the walk reads every audit record.
         */
        private boolean verifyIntegrity = false;

        public boolean isVerifyIntegrity() {
            return verifyIntegrity;
        }

        public void setVerifyIntegrity(boolean verifyIntegrity) {
            this.verifyIntegrity = verifyIntegrity;
        }
    }
}
