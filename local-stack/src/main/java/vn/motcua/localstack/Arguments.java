package vn.motcua.localstack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: a command ({@code up}, {@code down}, {@code token}, {@code help}) and its
 * options, {@code --name value}, {@code --name=value} or a bare {@code --flag}.
 */
record Arguments(String command, Map<String, String> options) {

    /** Options each command accepts; flags take no value. */
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "up", Set.of("data", "demo", "unit"),
            "down", Set.of("data"),
            "token", Set.of("data", "role", "unit", "hours"),
            "help", Set.of());
    private static final Set<String> FLAGS = Set.of("demo");

    static Arguments parse(List<String> argv) {
        if (argv.isEmpty() || List.of("help", "--help", "-h").contains(argv.get(0))) {
            return new Arguments("help", Map.of());
        }
        String command = argv.get(0);
        Set<String> allowed = OPTIONS.get(command);
        if (allowed == null) {
            throw new UsageException("unknown command '" + command + "' (commands: up, down, token, help)");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Arguments("help", Map.of());
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "' for '" + command + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!allowed.contains(name)) {
                throw new UsageException("'" + command + "' has no option --" + name
                        + (allowed.isEmpty() ? "" : " (options: --" + String.join(", --", allowed.stream().sorted().toList()) + ")"));
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= argv.size() || argv.get(i + 1).startsWith("--")) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = argv.get(++i);
            }
            if (value.isBlank()) {
                throw new UsageException("--" + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return new Arguments(command, Collections.unmodifiableMap(options));
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
