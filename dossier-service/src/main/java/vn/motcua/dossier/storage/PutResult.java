package vn.motcua.dossier.storage;

/**
 * What {@link ObjectStore#put} stored.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes stored, computed while they streamed through
 */
public record PutResult(String key, long size, String sha256) {
}
