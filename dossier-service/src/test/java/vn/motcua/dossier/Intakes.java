package vn.motcua.dossier;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.motcua.testing.TestTokens;

/** Intake requests, tokens and database checks shared by the dossier tests. */
public final class Intakes {

    private Intakes() {
    }

    public static String officer(String unit) {
        return TestTokens.forRole("officer", unit);
    }

    public static String communeSystem(String unit) {
        return TestTokens.forRole("commune-system", unit);
    }

    /** A complete birth registration filed in person by a citizen at {@code unit} (a commune). */
    public static Map<String, Object> birth(String unit) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("type", "CITIZEN");
        applicant.put("name", "Nguyễn Văn An");
        applicant.put("citizenId", "001090012345");
        applicant.put("phone", "0912 345 678");
        applicant.put("email", "an.nguyen@example.vn");
        applicant.put("address", "Số 5, thôn Đông, xã Thử Nghiệm");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procedureCode", CatalogStub.BIRTH);
        request.put("unitCode", unit);
        request.put("channel", "IN_PERSON");
        request.put("applicant", applicant);
        request.put("documents", new ArrayList<>(List.of(
                document(CatalogStub.BIRTH_FORM, 1, 0),
                document(CatalogStub.BIRTH_CERTIFICATE, 1, 1))));
        request.put("note", "Nộp tại quầy số 2");
        return request;
    }

    /** A request for a stub-generated procedure (one required component) at {@code unit}. */
    public static Map<String, Object> generated(String procedure, String unit) {
        Map<String, Object> request = birth(unit);
        request.put("procedureCode", procedure);
        request.put("documents", new ArrayList<>(List.of(document(CatalogStub.GENERATED_FORM, 1, 0))));
        return request;
    }

    public static Map<String, Object> document(String component, int originals, int copies) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("component", component);
        document.put("originals", originals);
        document.put("copies", copies);
        return document;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> applicant(Map<String, Object> request) {
        return (Map<String, Object>) request.get("applicant");
    }

    /** A deep copy with {@code path} (dot-separated) set to {@code value}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> request, String path, Object value) {
        Map<String, Object> copy = deepCopy(request);
        String[] parts = path.split("\\.");
        Map<String, Object> target = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.get(parts[i]);
        }
        target.put(parts[parts.length - 1], value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                copy.put(k, deepCopy((Map<String, Object>) m));
            } else if (v instanceof List<?> l) {
                List<Object> list = new ArrayList<>();
                l.forEach(e -> list.add(e instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : e));
                copy.put(k, list);
            } else {
                copy.put(k, v);
            }
        });
        return copy;
    }

    public static Response post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/dossiers");
    }

    public static Response post(String token, Object body, String idempotencyKey) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(body).when().post("/api/v1/dossiers");
    }

    /** Rows about {@code unit}: dossiers, outbox events, receipt counters and idempotency records. */
    public static Map<String, Long> rowsOf(DataSource db, String unit) {
        Map<String, Long> counts = new HashMap<>();
        counts.put("dossier", count(db, "select count(*) from dossier where unit_code = ?", unit));
        counts.put("outbox_event", count(db, "select count(*) from outbox_event where subject like ?", unit + "-%"));
        counts.put("receipt_counter", count(db, "select count(*) from receipt_counter where unit_code = ?", unit));
        counts.put("intake_idempotency", count(db, "select count(*) from intake_idempotency i join dossier d "
                + "on d.id = i.dossier_id where d.unit_code = ?", unit));
        return counts;
    }

    public static long count(DataSource db, String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Map<String, Object>> query(DataSource db, String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
