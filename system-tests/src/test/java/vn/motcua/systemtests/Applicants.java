package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applicants with personal data distinctive enough to search for in any response: no endpoint but the staff's
 * own may ever contain it.
 */
enum Applicants {
    CITIZEN("Nguyễn Thị Hồng Nhung", "001190123456", "0912345678", "hong.nhung.nguyen@example.vn",
            "Số 12 ngõ 34 đường Cổ Linh, xã Gia Lâm, Hà Nội"),
    NEIGHBOUR("Trần Quốc Khánh", "001085654321", "0987654321", "quoc.khanh.tran@example.vn",
            "Thôn Đình, xã Thuận An, Hà Nội");

    private final String name;
    private final String citizenId;
    private final String phone;
    private final String email;
    private final String address;

    Applicants(String name, String citizenId, String phone, String email, String address) {
        this.name = name;
        this.citizenId = citizenId;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    String applicantName() {
        return name;
    }

    String citizenId() {
        return citizenId;
    }

    ObjectNode json() {
        return Http.JSON.createObjectNode().put("type", "CITIZEN").put("name", name).put("citizenId", citizenId)
                .put("phone", phone).put("email", email).put("address", address);
    }

    /** Fails when {@code body} (what {@code source} answered) contains any of this applicant's personal data. */
    void assertAbsentFrom(String source, String body) {
        for (String personal : new String[] {name, citizenId, phone, email, address}) {
            assertThat(body).as(source + " must not contain personal data").doesNotContain(personal);
        }
    }
}
