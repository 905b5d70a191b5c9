package vn.motcua.dossier.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.logging.Logger;

/** An object's bytes as they arrive from the store, with its metadata; close it to release the connection. */
public final class ObjectStream extends FilterInputStream {

    private static final Logger LOG = Logger.getLogger(ObjectStream.class);

    private final StoredObject object;

    ObjectStream(StoredObject object, InputStream bytes) {
        super(bytes);
        this.object = object;
    }

    public StoredObject object() {
        return object;
    }

    /** Closes it when a download is refused before streaming; a failure to close only releases nothing more. */
    public void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            LOG.debugf("closing %s: %s", object.key(), e.getMessage());
        }
    }
}
