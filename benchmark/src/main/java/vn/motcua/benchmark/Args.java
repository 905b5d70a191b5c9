package vn.motcua.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Minimal command-line parser: {@code --name value}, {@code --name=value}, repeatable flags and
 * boolean switches. Unknown flags are rejected by {@link #requireOnly(Set)} so typos do not
 * silently change a measurement.
 */
public final class Args {

    /** Switches that take no value. */
    static final Set<String> SWITCHES = Set.of("help", "quiet", "jdbc-keep", "no-idempotency-key", "fail-on-error");

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    public static Args parse(List<String> argv) {
        Args args = new Args();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("-h")) {
                args.add("help", "true");
            } else if (a.startsWith("--")) {
                String body = a.substring(2);
                int eq = body.indexOf('=');
                if (eq >= 0) {
                    args.add(body.substring(0, eq), body.substring(eq + 1));
                } else if (SWITCHES.contains(body)) {
                    args.add(body, "true");
                } else {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("flag --" + body + " needs a value");
                    }
                    args.add(body, argv.get(++i));
                }
            } else {
                args.positional.add(a);
            }
        }
        return args;
    }

    private void add(String name, String value) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    public List<String> positional() {
        return positional;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean flag(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return false;
        }
        String last = v.get(v.size() - 1).toLowerCase(Locale.ROOT);
        return last.equals("true") || last.equals("yes") || last.equals("1");
    }

    public String get(String name, String dflt) {
        List<String> v = values.get(name);
        return v == null ? dflt : v.get(v.size() - 1);
    }

    public String require(String name) {
        String v = get(name, null);
        if (v == null || v.isBlank()) {
            throw new UsageException("missing required flag --" + name);
        }
        return v;
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public int intValue(String name, int dflt, int min, int max) {
        String v = get(name, null);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got '" + v + "'");
        }
    }

    public long longValue(String name, long dflt, long min, long max) {
        String v = get(name, null);
        if (v == null) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.trim().replace("_", ""));
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got '" + v + "'");
        }
    }

    public Duration duration(String name, Duration dflt) {
        String v = get(name, null);
        return v == null ? dflt : parseDuration(name, v);
    }

    /** Parses {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or a bare number of seconds. */
    static Duration parseDuration(String name, String raw) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            } else if (v.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
            } else if (v.endsWith("m")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60_000));
            } else if (v.endsWith("h")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 3_600_000));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a duration like 500ms, 10s, 2m; got '" + raw + "'");
        }
    }

    /** Rejects flags that the chosen scenario does not understand. */
    public void requireOnly(Set<String> known) {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new UsageException("unknown flag(s) for this scenario: --" + String.join(", --", unknown.stream().sorted().toList())
                    + " (see --help)");
        }
    }

    /** A command-line mistake: printed with a hint and exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
