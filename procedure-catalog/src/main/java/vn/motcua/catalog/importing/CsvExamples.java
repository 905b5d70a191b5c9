package vn.motcua.catalog.importing;

/**
 * For the OpenAPI document only: small CSV files in the import and export format (docs/catalog-import-format.md),
 * with rows of the seed catalog (procedure-catalog/seed).
 */
final class CsvExamples {

    static final String PROCEDURES = "Mã thủ tục,Tên thủ tục,Mã lĩnh vực,Tên lĩnh vực,Cấp thực hiện,"
            + "Thời hạn trực tiếp (ngày làm việc),Thời hạn trực tuyến (ngày làm việc),"
            + "Thời hạn bưu chính (ngày làm việc),\"Phí, lệ phí\",Thành phần hồ sơ,Đối tượng thực hiện,"
            + "Cơ quan thực hiện,Kết quả thực hiện,Căn cứ pháp lý,Mức độ dịch vụ công trực tuyến,"
            + "Thiết yếu,Ủy quyền,Hiệu lực từ,Hiệu lực đến,Trạng thái\r\n"
            + "1.012108,Thủ tục thông báo tổ chức lễ hội cấp xã,VH,Văn hóa,Xã,5,5,,Lệ phí|0|Không thu,"
            + "Văn bản thông báo tổ chức lễ hội (Mẫu số 03)|1|0||Bắt buộc,Tổ chức,UBND cấp xã,"
            + "Văn bản trả lời (nếu có ý kiến),"
            + "Nghị định 54/2019/NĐ-CP;Nghị định 86/2023/NĐ-CP;Nghị định 110/2018/NĐ-CP,Toàn trình,Không,"
            + ",2018-10-15,,Đang áp dụng\r\n"
            + "2.000930,Thủ tục thôi làm hòa giải viên,HG,Hòa giải ở cơ sở,Xã,3,,,Lệ phí|0|Không thu,"
            + "Văn bản đề nghị cho thôi làm hòa giải viên|1|0||Bắt buộc,Công dân,UBND cấp xã,"
            + "Quyết định cho thôi làm hòa giải viên,"
            + "Luật Hòa giải ở cơ sở số 35/2013/QH13;Nghị định 15/2014/NĐ-CP,Không,Không,,2014-04-27,,"
            + "Đang áp dụng\r\n";

    static final String UNITS = "Mã định danh,Tên đơn vị,Cấp,Mã đơn vị cấp trên,Hiệu lực từ,Hiệu lực đến\r\n"
            + "000.00.00.H26,UBND Thành phố Hà Nội,Tỉnh,,2008-08-01,\r\n"
            + "000.00.20.H26,UBND huyện Gia Lâm,Huyện,000.00.00.H26,2008-08-01,2025-06-30\r\n"
            + "000.00.63.H26,UBND xã Bát Tràng,Xã,000.00.00.H26,2025-07-01,\r\n"
            + "000.20.20.H26,UBND xã Bát Tràng,Xã,000.00.20.H26,2008-08-01,2025-06-30\r\n";

    private CsvExamples() {
    }
}
