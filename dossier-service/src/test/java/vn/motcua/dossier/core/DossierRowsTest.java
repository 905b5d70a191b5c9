package vn.motcua.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DossierRowsTest {

    /** The column a field of the entity maps to, as Hibernate names it. */
    private static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : field.getName();
    }

    @Test
    void everyColumnOfTheEntityIsWrittenOnce() {
        List<String> entity = Arrays.stream(Dossier.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers()))
                .map(DossierRowsTest::column).sorted().toList();
        List<String> written = Arrays.stream(DossierRows.names().split(", ")).sorted().toList();
        assertThat(written).doesNotHaveDuplicates().containsExactlyElementsOf(entity);
        assertThat(Arrays.stream(Dossier.class.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Id.class)
                || f.isAnnotationPresent(Version.class)).map(DossierRowsTest::column)).containsExactly("id", "version");
    }

    @Test
    void theInsertHasOneParameterPerColumnAndIntakeNumbersTheReceiptCodeInSql() {
        int columns = DossierRows.names().split(", ").length;
        assertThat(Pattern.compile("\\?").matcher(DossierRows.INSERT).results().count()).isEqualTo(columns);
        String intake = DossierRows.values("code.code");
        assertThat(Pattern.compile("\\?").matcher(intake).results().count()).isEqualTo(columns - 1);
        assertThat(intake.split(", ")[Arrays.asList(DossierRows.names().split(", ")).indexOf(DossierRows.RECEIPT_CODE)])
                .isEqualTo("code.code");
    }
}
