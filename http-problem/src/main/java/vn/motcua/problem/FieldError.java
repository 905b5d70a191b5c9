package vn.motcua.problem;

/** One invalid input: the field's path in the request (e.g. {@code applicant.citizenId}, {@code size}) and why. */
public record FieldError(String field, String message) {
}
