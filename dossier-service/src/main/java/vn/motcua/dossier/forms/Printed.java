package vn.motcua.dossier.forms;

import jakarta.ws.rs.core.Response;

/** A printed form: its bytes, their media type and the name of its file. */
public record Printed(String fileName, String mediaType, byte[] bytes) {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Printed pdf(String name, byte[] bytes) {
        return new Printed(name + ".pdf", PDF, bytes);
    }

    /**
     * The answer to the request: shown in the browser (a spreadsheet downloaded), never cached, for every form
     * carries the applicant's data and a slip may carry a tracking secret.
     */
    Response response() {
        String disposition = PDF.equals(mediaType) ? "inline" : "attachment";
        return Response.ok(bytes, mediaType).header("Cache-Control", "no-store")
                .header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"").build();
    }
}
