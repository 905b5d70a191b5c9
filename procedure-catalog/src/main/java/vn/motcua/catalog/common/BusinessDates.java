package vn.motcua.catalog.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are Vietnamese calendar dates in Asia/Ho_Chi_Minh (docs/architecture.md, Contracts: Dates and preconditions). */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private BusinessDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
