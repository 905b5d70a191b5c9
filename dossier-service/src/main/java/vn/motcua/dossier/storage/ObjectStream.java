package vn.motcua.dossier.storage;

import java.io.FilterInputStream;
import java.io.InputStream;

/** An object's bytes as they arrive from the store, with its metadata; close it to release the connection. */
public final class ObjectStream extends FilterInputStream {

    private final StoredObject object;

    ObjectStream(StoredObject object, InputStream bytes) {
        super(bytes);
        this.object = object;
    }

    public StoredObject object() {
        return object;
    }
}
