package vn.motcua.catalog.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RowError", description = "What is wrong with one cell (or a whole row, or the header row 1)")
public record RowError(
        @Schema(examples = "3", description = "row number as a spreadsheet shows it; the header is row 1") int row,
        @Schema(examples = "Mã thủ tục", description = "the column's header") String column,
        @Schema(examples = "must be a national code d.dddddd with an optional local suffix (.XXX of 0-9 and A-Z), like "
                + "1.001193 or 1.000948.H38") String message) {
}
