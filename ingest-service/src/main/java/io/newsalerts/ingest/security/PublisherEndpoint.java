package io.newsalerts.ingest.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens an endpoint (the method, or every method of the class) to holders of the publisher token. An endpoint
 * without it is denied to everyone, the publisher included: a new endpoint is closed until someone opens it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublisherEndpoint {
}
