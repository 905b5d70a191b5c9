package vn.motcua.deadletter;

/** Whether a failure only says the thread was interrupted (the service is stopping), not that the work is wrong. */
final class Interruptions {

    private Interruptions() {
    }

    static boolean stopping(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
