package vn.motcua.testing.embedded;

/** A server could not start because its port is taken; the message names the server and the port. */
public class PortInUseException extends IllegalStateException {
    public PortInUseException(String server, int port) {
        super(server + " cannot start: port " + port + " on 127.0.0.1 is already in use");
    }
}
