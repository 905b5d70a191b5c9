package vn.motcua.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.procedure.ProcedureLevel;

/**
 * With 2,000 procedures the search statement the service runs is served by the trigram index. The procedures
 * are generated inside a transaction that is rolled back, so other tests never see them.
 */
@QuarkusTest
class SearchIndexTest {

    private static final Logger LOG = Logger.getLogger(SearchIndexTest.class);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void textSearchUsesTheTrigramIndexOnTwoThousandProcedures() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                generate(statement);
                for (SearchSql.Mode mode : SearchSql.Mode.values()) {
                    for (String q : List.of("khai sinh", "ho tich", "giay phep xay dung", "đăng kí kết hôn")) {
                        SearchSql.Statement search = SearchSql.page(new SearchSql.Filters(q, mode, null, null, null,
                                null, null, LocalDate.now(), true), 20, 0);
                        // the service turns sequential scans off for text searches (see ProcedureSearch)
                        statement.execute("select set_config('enable_seqscan', 'off', true)");
                        String plan = explain(connection, search);
                        LOG.infof("%s search plan for '%s':%n%s", mode, q, plan);
                        assertThat(plan).contains("Bitmap Index Scan on catalog_procedure_search");
                        assertThat(plan).doesNotContain("Seq Scan on catalog_procedure");
                        statement.execute("select set_config('enable_seqscan', 'on', true)");
                    }
                }
                SearchSql.Statement filtered = SearchSql.page(new SearchSql.Filters("khai sinh", SearchSql.Mode.SIMILAR,
                        "GEN03", ProcedureLevel.COMMUNE, null, true, null, LocalDate.now(), true), 20, 0);
                statement.execute("select set_config('enable_seqscan', 'off', true)");
                assertThat(explain(connection, filtered)).doesNotContain("Seq Scan on catalog_procedure");
            } finally {
                connection.rollback();
            }
        }
    }

    private static void generate(Statement statement) throws SQLException {
        statement.execute("insert into procedure_field (code, name, version) select 'GEN' || lpad(i::text, 2, '0'), "
                + "(array['Hộ tịch','Đất đai','Xây dựng','Giáo dục','Y tế','Lao động','Tư pháp','Giao thông',"
                + "'Môi trường','Nông nghiệp','Công thương','Văn hóa'])[i], 1 from generate_series(1, 12) i");
        statement.execute("insert into catalog_procedure (code, name, field_code, levels, days_in_person, days_online, "
                + "fees, components, applicants, agency, legal_bases, online_level, essential, effective_from, status, "
                + "version) select '8.' || lpad(i::text, 6, '0'), "
                + "(array['Đăng ký','Cấp','Thay đổi','Cải chính','Xác nhận','Gia hạn','Thu hồi','Chuyển đổi'])[1 + i % 8]"
                + " || ' ' || (array['khai sinh','kết hôn','khai tử','giấy phép xây dựng','quyền sử dụng đất',"
                + "'hộ kinh doanh','nuôi con nuôi','giám hộ','thường trú','tạm trú','chứng thực bản sao',"
                + "'trợ cấp xã hội','hỗ trợ người có công','giấy phép lái xe','đăng ký xe','xả thải','khoáng sản',"
                + "'thủy lợi','trường mầm non','cơ sở y tế'])[1 + (i / 8) % 20] || ' ' || (array['lần đầu',"
                + "'có yếu tố nước ngoài','lưu động','trực tuyến','cho tổ chức','cho cá nhân','tại cấp xã',"
                + "'tại cấp huyện'])[1 + (i / 160) % 8] || ' (mẫu ' || i || ')', "
                + "'GEN' || lpad((1 + i % 12)::text, 2, '0'), case when i % 3 = 0 then '[\"COMMUNE\"]'::jsonb "
                + "else '[\"DISTRICT\"]'::jsonb end, 1 + i % 15, 1 + i % 10, '[]', '[]', '[\"CITIZEN\"]', "
                + "'UBND cấp xã', '[]', 'FULL', i % 10 = 0, date '2020-01-01', 'ACTIVE', 1 "
                + "from generate_series(1, 2000) i");
        statement.execute("analyze catalog_procedure");
    }

    /** EXPLAIN ANALYZE of a search statement, its named parameters bound in order. */
    private static String explain(Connection connection, SearchSql.Statement search) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher names = Pattern.compile(":(\\w+)").matcher(search.sql());
        StringBuilder sql = new StringBuilder("explain (analyze, costs off) ");
        int last = 0;
        while (names.find()) {
            sql.append(search.sql(), last, names.start()).append('?');
            values.add(search.parameters().get(names.group(1)));
            last = names.end();
        }
        sql.append(search.sql().substring(last));
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                statement.setObject(i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
