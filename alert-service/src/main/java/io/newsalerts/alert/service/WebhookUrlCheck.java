package io.newsalerts.alert.service;

import java.net.URI;
import java.net.UnknownHostException;

import io.newsalerts.edge.net.AddressGuard;
import io.newsalerts.edge.net.ForbiddenAddressException;
import io.newsalerts.edge.problem.ProblemException;
import io.newsalerts.edge.validation.HttpUrl;

/**
 * Checks a webhook URL at registration: an absolute http(s) URL ({@link HttpUrl}) whose host resolves to no address
 * the guard refuses (loopback, private, link-local, multicast, in any spelling). A host that does not resolve yet
 * is taken: every delivery resolves and checks it again. Refusals are 400 problems naming {@code url}.
 */
public final class WebhookUrlCheck {

    private final AddressGuard guard;

    public WebhookUrlCheck(AddressGuard guard) {
        this.guard = guard;
    }

    /** @return the URL, normalized */
    public URI check(String url) {
        URI uri;
        try {
            uri = HttpUrl.Check.parse(url);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("url", e.getMessage());
        }
        try {
            guard.resolve(uri.getHost());
        } catch (ForbiddenAddressException e) {
            throw ProblemException.invalid("url", e.getMessage());
        } catch (UnknownHostException e) {
            // taken: checked again at every delivery
        }
        return uri;
    }
}
