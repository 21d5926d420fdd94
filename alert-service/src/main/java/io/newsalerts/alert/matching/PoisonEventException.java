package io.newsalerts.alert.matching;

/** A record that cannot be an event (undecodable, or missing what the schema requires); it is dead-lettered. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public PoisonEventException(String reason) {
        super(reason);
    }
}
