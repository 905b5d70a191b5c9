package vn.motcua.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

class TableReaderTest {

    @Test
    void csvWithQuotesLineBreaksBlankRowsAndABom() {
        String csv = "\uFEFFa,b\r\n1,\"x, \"\"y\"\"\"\r\n\r\n,\r\n2,\"line 1\nline 2\"\r\n3,z";
        Table table = TableReader.csv(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(table.headers()).containsExactly("a", "b");
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 5, 6);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "x, \"y\"");
        assertThat(table.rows().get(1).cell(1)).isEqualTo("line 1\nline 2");
        assertThat(table.rows().get(2).cell(5)).isEmpty();
    }

    @Test
    void xlsxReadsTheFirstSheetAsText() {
        byte[] xlsx = TableWriter.xlsx("Thủ tục", List.of("Mã thủ tục", "Hiệu lực từ"),
                List.of(List.of("1.001190", "2023-01-01"), List.of("", ""), List.of("1.000948.H38", "")));
        Table table = TableReader.xlsx(xlsx);
        assertThat(table.headers()).containsExactly("Mã thủ tục", "Hiệu lực từ");
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 4);
        assertThat(table.rows().get(0).cells()).containsExactly("1.001190", "2023-01-01");
    }

    @Test
    void unreadableFilesNameTheFile() {
        assertThatThrownBy(() -> TableReader.csv(new byte[] {(byte) 0xFF, 'a'}))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(e.errors().get(0).field()).isEqualTo("file");
                });
        assertThatThrownBy(() -> TableReader.csv("a,\"b\n1,2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> TableReader.xlsx("PK nope".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> TableReader.read(TableFormat.CSV, new byte[0]))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors().get(0).message()).isEqualTo("is empty"));
    }

    @Test
    void tooManyRowsIsTooLarge() {
        StringBuilder csv = new StringBuilder("a\n");
        for (int i = 0; i <= TableReader.MAX_ROWS; i++) {
            csv.append(i).append('\n');
        }
        assertThatThrownBy(() -> TableReader.csv(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
    }

    @Test
    void csvWritesABomAndRfc4180Quoting() {
        String csv = new String(TableWriter.csv(List.of("a", "b"), List.of(List.of("x,y", "\"q\""))),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFa,b\r\n\"x,y\",\"\"\"q\"\"\"\r\n");
    }
}
