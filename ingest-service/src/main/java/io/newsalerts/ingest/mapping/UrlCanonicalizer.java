package io.newsalerts.ingest.mapping;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import io.newsalerts.edge.validation.HttpUrl;

/**
 * Brings an absolute http(s) URL into the canonical form that identifies an item: scheme and host lower-cased,
 * default port, fragment and tracking parameters removed, dot segments resolved, an empty path written as
 * {@code /}. Everything else (user info, path case, percent-encoding, the order of the remaining parameters) is
 * kept as sent, because servers may treat it as meaningful.
 */
public final class UrlCanonicalizer {

    private static final String TRACKING_PREFIX = "utm_";
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "gclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc", "_hsmi", "ref_src");

    private UrlCanonicalizer() {
    }

    /**
     * The canonical form of {@code url}.
     *
     * @throws IllegalArgumentException if {@code url} is not an {@link HttpUrl}; the message completes the
     *         sentence "url ..."
     */
    public static String canonicalize(String url) {
        URI uri = HttpUrl.Check.parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder canonical = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            canonical.append(uri.getRawUserInfo()).append('@');
        }
        canonical.append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() != -1 && uri.getPort() != defaultPort(scheme)) {
            canonical.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        canonical.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTrackingParameters(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    /** Whether a query parameter only tracks where a click came from (and so does not identify the item). */
    static boolean isTrackingParameter(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return lowerCase.startsWith(TRACKING_PREFIX) || TRACKING_PARAMETERS.contains(lowerCase);
    }

    private static String withoutTrackingParameters(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!parameter.isEmpty() && !isTrackingParameter(name)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
