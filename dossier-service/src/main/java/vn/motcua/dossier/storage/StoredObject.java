package vn.motcua.dossier.storage;

import java.time.Instant;

/**
 * An object in the store.
 *
 * @param contentType as stored with the object; null in listings, which do not carry it
 */
public record StoredObject(String key, long size, Instant lastModified, String contentType) {
}
