package io.newsalerts.alert.security;

/** Who a caller of alert-service is. */
public final class Roles {

    /** The operator, holding the admin token: manages subscribers and their API keys. */
    public static final String ADMIN = "admin";
    /** A subscriber, holding its API key: manages its own subscriptions and reads their alerts. */
    public static final String SUBSCRIBER = "subscriber";

    private Roles() {
    }
}
