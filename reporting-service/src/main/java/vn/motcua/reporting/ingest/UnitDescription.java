package vn.motcua.reporting.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the events of one batch said about a unit, each column with the business time of the event it came
 * from. Merging keeps, column by column, the latest known value, so the result does not depend on the order
 * the events arrived in (the unit table's upsert applies the same rule).
 */
record UnitDescription(String code, Known name, Known level, Known ancestors) {

    /** A column's value (null: this event did not say) and when it was true. */
    record Known(String value, String at) {
        static final Known UNKNOWN = new Known(null, null);

        static Known of(String value, OffsetDateTime at) {
            return value == null ? UNKNOWN : new Known(value, at.toString());
        }

        Known latest(Known other) {
            if (other.value == null) {
                return this;
            }
            if (value == null) {
                return other;
            }
            return OffsetDateTime.parse(other.at).isBefore(OffsetDateTime.parse(at)) ? this : other;
        }
    }

    static UnitDescription of(String code, String name, String level, List<String> ancestors, OffsetDateTime at) {
        return new UnitDescription(code, Known.of(name, at), Known.of(level, at),
                Known.of(ancestors == null || ancestors.isEmpty() ? null : Columns.codes(ancestors), at));
    }

    UnitDescription merge(UnitDescription other) {
        return new UnitDescription(code, name.latest(other.name), level.latest(other.level),
                ancestors.latest(other.ancestors));
    }
}
