package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kaoping.core.KaopingException;
import org.kaoping.plugin.journal.Journal;
import org.kaoping.plugin.journal.JournalCheck;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.spi.IntegrityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kaoping audit …}: checks the tamper-evident trail of a journal or JDBC store. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = "Check the tamper-evident audit trail (审计链) of a store.",
        subcommands = {AuditCommand.Verify.class},
        synopsisSubcommandLabel = "COMMAND")
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code kaoping audit verify --store DIR} or {@code --jdbc URL [--prefix P]}: walks the hash chains of a journal
     * store (read-only: it may be open elsewhere, or refused on open) or of a JDBC store's tables (read-only SELECTs;
     * writers are not blocked) and prints, in Chinese, that the chain is intact over N records, or the first record
     * that does not match. Exit 0 intact, 1 broken or not readable.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the hash chain of every record of a store and name the first record that does not match:"
                    + " a journal store (--store DIR: evidence, audit events, scorecards) or a JDBC store"
                    + " (--jdbc URL [--prefix P]: evidence and audit rows; the database's JDBC driver must be on the class path).",
                    "Exit code: 0 the chain is intact, 1 it is broken (or the store cannot be read)."})
    static final class Verify implements Callable<Integer> {
        /** The environment variable a JDBC password is read from (never from the command line, where others could see it). */
        static final String PASSWORD_ENV = "KAOPING_JDBC_PASSWORD";

        @Spec
        CommandSpec spec;

        @Option(names = "--store", paramLabel = "DIR", description = "The journal store's directory.")
        Path store;

        @Option(names = "--jdbc", paramLabel = "URL", description = "The JDBC URL of a database holding a JDBC store, e.g."
                + " jdbc:postgresql://host/db?user=kaoping. A password is read from the environment variable " + PASSWORD_ENV + ".")
        String jdbc;

        @Option(names = "--user", paramLabel = "USER", description = "The database user, when the URL does not name one.")
        String user;

        @Option(names = "--prefix", paramLabel = "P", description = "The JDBC store's table prefix (default: "
                + JdbcAssessmentStore.DEFAULT_TABLE_PREFIX + ").")
        String prefix;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if ((store == null) == (jdbc == null)) {
                throw new ParameterException(spec.commandLine(), "Give exactly one of --store DIR (a journal store) or --jdbc URL (a JDBC store)");
            }
            if (prefix != null && jdbc == null) {
                throw new ParameterException(spec.commandLine(), "--prefix applies only with --jdbc");
            }
            if (user != null && jdbc == null) {
                throw new ParameterException(spec.commandLine(), "--user applies only with --jdbc");
            }
            String when = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")));
            return jdbc != null ? verifyJdbc(out, when) : verifyJournal(out, when);
        }

        private int verifyJournal(PrintWriter out, String when) {
            if (!java.nio.file.Files.isDirectory(store)) {
                out.println("无法校验：找不到考评存储目录 " + store);
                return 1;
            }
            long checked = 0;
            for (String name : new String[] {JournalAssessmentStore.EVIDENCE, JournalAssessmentStore.AUDIT,
                    JournalAssessmentStore.SCORECARDS}) {
                JournalCheck c = Journal.verify(store, name);
                checked += c.recordsChecked();
                if (!c.isIntact()) {
                    out.println("审计链在 " + c.file().getFileName() + " 第 " + c.line() + " 行（序号 " + c.line()
                            + (c.offset() >= 0 ? "，字节偏移 " + c.offset() : "") + "）处断开：该记录与链不符。");
                    out.println("原因（技术细节）：" + c.problem().get());
                    out.println("此前共 " + checked + " 条记录校验一致。校验时间：" + when + "（北京时间）");
                    out.println("请保留现场并核查改动来源；如需恢复使用，运行 kaoping journal repair --store " + store
                            + "（损坏处及其后的字节移至旁边的文件，不删除）。");
                    return 1;
                }
            }
            out.println("审计链完整：共校验 " + checked + " 条记录（证据、审计事件、评分卡）。校验时间：" + when + "（北京时间）");
            return 0;
        }

        /**
         * The JDBC store's place of a mismatch ({@code table kaoping_evidence, row seq 2 (id [b])}, {@code table
         * kaoping_counter, row [audit]}) in the office's words; as given if it has another form.
         */
        static String place(String place) {
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("table (\\S+), row seq (\\d+)(?: \\(id \\[(.*)\\]\\))?").matcher(place);
            if (row.matches()) {
                return "数据表 " + row.group(1) + " 序号 " + row.group(2) + " 的行" + (row.group(3) == null ? "" : "（证据编号 " + row.group(3) + "）");
            }
            java.util.regex.Matcher counter = java.util.regex.Pattern.compile("table (\\S+), row \\[(\\w+)\\]").matcher(place);
            if (counter.matches()) {
                return "数据表 " + counter.group(1) + " 中 " + counter.group(2) + " 链的计数行";
            }
            return " " + place + " ";
        }

        private int verifyJdbc(PrintWriter out, String when) {
            String tables = (prefix == null ? JdbcAssessmentStore.DEFAULT_TABLE_PREFIX : prefix) + "*";
            IntegrityReport r;
            try (JdbcAssessmentStore s = prefix == null ? JdbcAssessmentStore.open(new UrlDataSource(jdbc, user))
                    : JdbcAssessmentStore.open(new UrlDataSource(jdbc, user), prefix)) {
                r = s.verifyIntegrity();
            } catch (IllegalArgumentException | KaopingException e) {
                out.println("无法校验数据库中的考评存储（数据表 " + tables + "）。");
                out.println("原因（技术细节）：" + e.getMessage());
                return 1;
            }
            if (r.isIntact()) {
                out.println("审计链完整：共校验 " + r.recordsChecked() + " 条记录（数据表 " + tables + " 中的证据、审计事件）。校验时间："
                        + when + "（北京时间）");
                return 0;
            }
            out.println("审计链在" + place(r.firstMismatch().get()) + "处断开：该记录与链不符。");
            out.println("原因（技术细节）：" + r.problem().get());
            out.println("此前共 " + r.recordsChecked() + " 条记录校验一致。校验时间：" + when + "（北京时间）");
            out.println("请保留现场（勿修改数据表），并核查改动来源。");
            return 1;
        }
    }

    /**
     * Connections from a JDBC URL through {@link DriverManager} (the driver found on the class path), one per request:
     * enough for one read-only walk of the chain.
     */
    static final class UrlDataSource implements DataSource {
        private final String url;
        private final String user;

        UrlDataSource(String url, String user) {
            this.url = url;
            this.user = user;
        }

        @Override
        public Connection getConnection() throws SQLException {
            String password = System.getenv(Verify.PASSWORD_ENV);
            if (user == null && password == null) {
                return DriverManager.getConnection(url);
            }
            java.util.Properties p = new java.util.Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            return DriverManager.getConnection(url, p);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log writer: the driver's own logging applies
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
