package vn.motcua.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void noArgumentsOrHelpMeansHelp() {
        assertThat(Arguments.parse(List.of()).command()).isEqualTo("help");
        assertThat(Arguments.parse(List.of("--help")).command()).isEqualTo("help");
        assertThat(Arguments.parse(List.of("up", "-h")).command()).isEqualTo("help");
    }

    @Test
    void readsOptionsWithSeparateOrInlineValuesAndFlags() {
        Arguments args = Arguments.parse(List.of("up", "--data", "/tmp/x", "--demo", "--unit=000.00.20.H26"));
        assertThat(args.command()).isEqualTo("up");
        assertThat(args.option("data")).contains("/tmp/x");
        assertThat(args.option("unit")).contains("000.00.20.H26");
        assertThat(args.flag("demo")).isTrue();
        assertThat(args.flag("other")).isFalse();
    }

    @Test
    void tokenOptions() {
        Arguments args = Arguments.parse(List.of("token", "--role", "officer", "--unit", "000.00.20.H26", "--hours", "2"));
        assertThat(args.option("role")).contains("officer");
        assertThat(args.option("hours")).contains("2");
    }

    @Test
    void rejectsUnknownCommandsOptionsAndMissingValues() {
        assertThatThrownBy(() -> Arguments.parse(List.of("start"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown command 'start'");
        assertThatThrownBy(() -> Arguments.parse(List.of("down", "--role", "x"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("'down' has no option --role");
        assertThatThrownBy(() -> Arguments.parse(List.of("token", "--role"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("--role needs a value");
        assertThatThrownBy(() -> Arguments.parse(List.of("token", "--role", "--unit", "X")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--role needs a value");
        assertThatThrownBy(() -> Arguments.parse(List.of("up", "--demo=yes"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("takes no value");
        assertThatThrownBy(() -> Arguments.parse(List.of("up", "extra"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("unexpected argument 'extra'");
        assertThatThrownBy(() -> Arguments.parse(List.of("up", "--data", "a", "--data", "b")))
                .isInstanceOf(UsageException.class).hasMessageContaining("given twice");
    }
}
