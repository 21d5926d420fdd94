package io.newsalerts.alert.service;

import io.newsalerts.edge.problem.ProblemException;

/**
 * A position in an alert stream, which runs in event seq order and, within an event, in subscription id order: after
 * the alert of {@code subscriptionId} at event {@code eventSeq}, or after every alert of that event when
 * {@code subscriptionId} is {@code null}. Its cursor is opaque ({@link Cursors}); a stream of one subscription uses
 * the event seq alone, the very cursor of {@code GET /subscriptions/{id}/alerts}.
 */
public record StreamPosition(long eventSeq, String subscriptionId) {

    private static final String SEPARATOR = "/";

    /** After every alert of the event. */
    public static StreamPosition afterEvent(long eventSeq) {
        return new StreamPosition(eventSeq, null);
    }

    /** The position in a cursor, or {@code null} for none; a cursor this API did not make is a 400. */
    public static StreamPosition parse(String cursor, String parameter) {
        String position = Cursors.decode(cursor, parameter);
        if (position == null) {
            return null;
        }
        int separator = position.indexOf(SEPARATOR);
        String seq = separator < 0 ? position : position.substring(0, separator);
        String subscription = separator < 0 ? null : position.substring(separator + 1);
        try {
            long eventSeq = Long.parseLong(seq);
            if (eventSeq >= 0 && (subscription == null || TextRules.isId(subscription))) {
                return new StreamPosition(eventSeq, subscription);
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalid(parameter, "is not a cursor returned by this API");
    }

    /** Whether the alert of this subscription at this event comes after the position. */
    public boolean isBefore(long alertEventSeq, String alertSubscriptionId) {
        return alertEventSeq > eventSeq || alertEventSeq == eventSeq && subscriptionId != null
                && alertSubscriptionId.compareTo(subscriptionId) > 0;
    }

    public String cursor() {
        return Cursors.encode(subscriptionId == null ? Long.toString(eventSeq) : eventSeq + SEPARATOR + subscriptionId);
    }
}
