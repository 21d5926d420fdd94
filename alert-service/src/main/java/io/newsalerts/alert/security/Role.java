package io.newsalerts.alert.security;

/** Who a caller is: the operator holding the admin token, or a subscriber holding its API key. */
public enum Role {
    ADMIN,
    SUBSCRIBER
}
