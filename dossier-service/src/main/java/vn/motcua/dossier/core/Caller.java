package vn.motcua.dossier.core;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject and its {@code unit} claim (null when the token has none). */
public record Caller(String name, String unit) {

    public static Caller of(JsonWebToken token) {
        Object unit = token.getClaim("unit");
        if (unit instanceof jakarta.json.JsonString string) {
            unit = string.getString();
        }
        return new Caller(token.getName(), unit == null ? null : unit.toString());
    }
}
