package vn.motcua.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code jdbc-baseline}: the floor under {@code dossier-intake} (issue 4, item 9). The same number
 * of intakes at the same concurrency, but straight through the PostgreSQL JDBC driver, one
 * connection per worker, no HTTP, no JSON, no validation, no framework: per intake one
 * transaction that (in the default {@code full} mode) takes the next gapless receipt number for
 * the unit and day from a counter row, inserts a dossier row and inserts its outbox event row.
 * Dividing the intake figures by these gives the cost of everything above the database.
 *
 * <p>All objects live in their own schema ({@code motcua_bench} by default), created at the start
 * and dropped at the end unless {@code --jdbc-keep}.
 */
final class JdbcBaselineScenario implements Workload.Scenario {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    @Override
    public String name() {
        return "jdbc-baseline";
    }

    @Override
    public String summary() {
        return "raw JDBC inserts of dossier rows (+ receipt counter + outbox row), the floor for dossier-intake";
    }

    @Override
    public Set<String> flags() {
        return new HashSet<>(Set.of("jdbc-url", "jdbc-user", "jdbc-password", "jdbc-password-file", "jdbc-schema",
                "jdbc-mode", "jdbc-units", "jdbc-keep"));
    }

    @Override
    public String help() {
        return """
                  --jdbc-url URL           jdbc:postgresql://127.0.0.1:PORT/DB (required; loopback hosts only)
                  --jdbc-user U            database user (required)
                  --jdbc-password P        password (or --jdbc-password-file FILE; may be empty for trust auth)
                  --jdbc-schema S          schema for the benchmark tables (default motcua_bench; dropped at the end)
                  --jdbc-mode M            full (default): counter row + dossier row + outbox row per transaction,
                                           like intake; insert: the dossier row alone
                  --jdbc-units N           spread intakes over N unit codes (default 1: all on one unit's counter,
                                           like one busy desk)
                  --jdbc-keep              keep the schema and its rows after the run
                """;
    }

    @Override
    public Workload create(Args args, int concurrency) throws Exception {
        String url = args.require("jdbc-url");
        LoopbackGuard.checkJdbc(url);
        String user = args.require("jdbc-user");
        String password = args.has("jdbc-password-file")
                ? java.nio.file.Files.readString(java.nio.file.Path.of(args.get("jdbc-password-file", ""))).strip()
                : args.get("jdbc-password", "");
        String schema = args.get("jdbc-schema", "motcua_bench");
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new Args.UsageException("--jdbc-schema must be a lower-case SQL identifier");
        }
        String mode = args.get("jdbc-mode", "full");
        if (!mode.equals("full") && !mode.equals("insert")) {
            throw new Args.UsageException("--jdbc-mode must be full or insert");
        }
        int units = args.intValue("jdbc-units", 1, 1, 10_000);
        boolean keep = args.flag("jdbc-keep");

        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", "motcua-benchmark");
        props.setProperty("connectTimeout", "10");
        props.setProperty("socketTimeout", "60");

        try (Connection c = DriverManager.getConnection(url, props); Statement st = c.createStatement()) {
            for (String sql : ddl(schema)) {
                st.execute(sql);
            }
        }
        String serverVersion;
        Worker[] workers = new Worker[concurrency];
        try {
            for (int i = 0; i < concurrency; i++) {
                workers[i] = new Worker(DriverManager.getConnection(url, props), schema, mode.equals("full"));
            }
            serverVersion = workers[0].connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            for (Worker w : workers) {
                if (w != null) {
                    w.close();
                }
            }
            throw e;
        }
        String[] unitCodes = new String[units];
        for (int i = 0; i < units; i++) {
            // Commune-like codes under Gia Lâm's district code; only their shape matters here.
            unitCodes[i] = units == 1 ? "000.20.20.H26" : String.format("000.%02d.%02d.H26", 20 + i / 100, i % 100);
        }

        Operation op = (worker, seq) -> workers[worker].intake(seq, unitCodes[(int) (seq % units)]);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("jdbcUrl", url);
        settings.put("user", user);
        settings.put("schema", schema);
        settings.put("mode", mode);
        settings.put("units", units);
        settings.put("connections", concurrency);
        settings.put("serverVersion", serverVersion);
        settings.put("statementsPerTransaction", mode.equals("full") ? 3 : 1);
        AutoCloseable cleanup = () -> {
            for (Worker w : workers) {
                w.close();
            }
            if (!keep) {
                try (Connection c = DriverManager.getConnection(url, props); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        };
        return new Workload(op, url + " (" + mode + ")", settings, cleanup);
    }

    /** Tables shaped like dossier-service's dossier row, its outbox row and the receipt counter. */
    static List<String> ddl(String s) {
        return List.of(
                "DROP SCHEMA IF EXISTS " + s + " CASCADE",
                "CREATE SCHEMA " + s,
                "CREATE TABLE " + s + ".receipt_counter (unit_code varchar(35) NOT NULL, day date NOT NULL,"
                        + " last_value integer NOT NULL, PRIMARY KEY (unit_code, day))",
                "CREATE TABLE " + s + ".dossier ("
                        + " id uuid PRIMARY KEY,"
                        + " receipt_code varchar(64) NOT NULL UNIQUE,"
                        + " procedure_code varchar(20) NOT NULL,"
                        + " procedure_name varchar(500) NOT NULL,"
                        + " field_code varchar(20) NOT NULL,"
                        + " online_level varchar(16) NOT NULL,"
                        + " processing_days integer NOT NULL,"
                        + " unit_code varchar(35) NOT NULL,"
                        + " channel varchar(16) NOT NULL,"
                        + " status varchar(32) NOT NULL,"
                        + " applicant_kind varchar(16) NOT NULL,"
                        + " applicant_name varchar(200) NOT NULL,"
                        + " applicant_id_number varchar(20) NOT NULL,"
                        + " applicant_phone varchar(20),"
                        + " applicant_email varchar(200),"
                        + " applicant_address varchar(500),"
                        + " documents jsonb NOT NULL,"
                        + " note varchar(2000),"
                        + " lookup_secret_hash varchar(128) NOT NULL,"
                        + " survey_token varchar(64) NOT NULL UNIQUE,"
                        + " idempotency_key varchar(128) UNIQUE,"
                        + " received_at timestamptz NOT NULL,"
                        + " due_at timestamptz NOT NULL,"
                        + " version bigint NOT NULL DEFAULT 0)",
                "CREATE INDEX ON " + s + ".dossier (unit_code, received_at)",
                "CREATE TABLE " + s + ".outbox ("
                        + " id uuid PRIMARY KEY,"
                        + " aggregate_id uuid NOT NULL,"
                        + " topic varchar(100) NOT NULL,"
                        + " event_type varchar(100) NOT NULL,"
                        + " payload jsonb NOT NULL,"
                        + " created_at timestamptz NOT NULL,"
                        + " sent_at timestamptz)",
                "CREATE INDEX ON " + s + ".outbox (created_at) WHERE sent_at IS NULL");
    }

    /** One connection and its prepared statements, used by exactly one load thread. */
    static final class Worker {
        final Connection connection;
        final boolean full;
        final PreparedStatement counter;
        final PreparedStatement dossier;
        final PreparedStatement outbox;
        final MessageDigest sha256;

        Worker(Connection connection, String schema, boolean full) throws Exception {
            this.connection = connection;
            this.full = full;
            connection.setAutoCommit(false);
            counter = connection.prepareStatement("INSERT INTO " + schema + ".receipt_counter AS c (unit_code, day, last_value)"
                    + " VALUES (?, ?, 1) ON CONFLICT (unit_code, day) DO UPDATE SET last_value = c.last_value + 1"
                    + " RETURNING last_value");
            dossier = connection.prepareStatement("INSERT INTO " + schema + ".dossier (id, receipt_code, procedure_code,"
                    + " procedure_name, field_code, online_level, processing_days, unit_code, channel, status,"
                    + " applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_email,"
                    + " applicant_address, documents, note, lookup_secret_hash, survey_token, idempotency_key,"
                    + " received_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)");
            outbox = connection.prepareStatement("INSERT INTO " + schema + ".outbox (id, aggregate_id, topic, event_type,"
                    + " payload, created_at) VALUES (?, ?, ?, ?, ?::jsonb, ?)");
            sha256 = MessageDigest.getInstance("SHA-256");
        }

        Operation.Outcome intake(long seq, String unitCode) throws SQLException {
            Random rnd = ThreadLocalRandom.current();
            ZonedDateTime now = ZonedDateTime.now(VN);
            LocalDate day = now.toLocalDate();
            try {
                String receipt;
                if (full) {
                    counter.setString(1, unitCode);
                    counter.setObject(2, day);
                    int n;
                    try (ResultSet rs = counter.executeQuery()) {
                        rs.next();
                        n = rs.getInt(1);
                    }
                    receipt = String.format("%s-%s-%04d", unitCode, day.format(YYMMDD), n);
                } else {
                    receipt = String.format("%s-%s-%s", unitCode, day.format(YYMMDD), UUID.randomUUID());
                }
                UUID id = UUID.randomUUID();
                String surveyToken = UUID.randomUUID().toString().replace("-", "");
                String secret = Long.toHexString(rnd.nextLong());
                Timestamp received = Timestamp.from(now.toInstant());
                Timestamp due = Timestamp.from(now.plusDays(3).toInstant());
                int i = 1;
                dossier.setObject(i++, id);
                dossier.setString(i++, receipt);
                dossier.setString(i++, "1.001193");
                dossier.setString(i++, "Thủ tục đăng ký khai sinh");
                dossier.setString(i++, "HT");
                dossier.setString(i++, "FULL");
                dossier.setInt(i++, 1);
                dossier.setString(i++, unitCode);
                dossier.setString(i++, "IN_PERSON");
                dossier.setString(i++, "RECEIVED");
                dossier.setString(i++, "CITIZEN");
                dossier.setString(i++, "Nguyễn Văn An");
                dossier.setString(i++, DossierIntakeScenario.citizenId(rnd));
                dossier.setString(i++, "09" + DossierIntakeScenario.digits(rnd, 8));
                dossier.setString(i++, "congdan" + seq + "@example.com");
                dossier.setString(i++, "Số 12, thôn Bát Tràng, xã Bát Tràng, Thành phố Hà Nội");
                dossier.setString(i++, "[{\"component\":\"Tờ khai đăng ký khai sinh\",\"originals\":1,\"copies\":0}]");
                dossier.setString(i++, "motcua-benchmark #" + seq);
                dossier.setString(i++, HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8))));
                dossier.setString(i++, surveyToken);
                dossier.setString(i++, UUID.randomUUID().toString());
                dossier.setTimestamp(i++, received);
                dossier.setTimestamp(i, due);
                dossier.executeUpdate();
                if (full) {
                    outbox.setObject(1, UUID.randomUUID());
                    outbox.setObject(2, id);
                    outbox.setString(3, "dossier-received");
                    outbox.setString(4, "vn.motcua.dossier.received.v1");
                    outbox.setString(5, "{\"dossierId\":\"" + id + "\",\"receiptCode\":\"" + receipt
                            + "\",\"procedureCode\":\"1.001193\",\"procedureName\":\"Thủ tục đăng ký khai sinh\","
                            + "\"fieldCode\":\"HT\",\"unitCode\":\"" + unitCode + "\",\"unitLevel\":\"COMMUNE\","
                            + "\"channel\":\"IN_PERSON\",\"onlineLevel\":\"FULL\",\"receivedAt\":\"" + now.toOffsetDateTime()
                            + "\",\"surveyToken\":\"" + surveyToken + "\"}");
                    outbox.setTimestamp(6, received);
                    outbox.executeUpdate();
                }
                connection.commit();
                return new Operation.Outcome("committed", true, 0);
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the connection is broken; the next attempt reports it
                }
                return new Operation.Outcome("sqlstate:" + e.getSQLState(), false, 0);
            }
        }

        void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing at the end of a run: nothing useful to do
            }
        }
    }
}
