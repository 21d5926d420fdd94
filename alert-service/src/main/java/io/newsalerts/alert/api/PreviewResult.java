package io.newsalerts.alert.api;

import java.util.List;

/** Answer to {@code POST /subscriptions/preview}: matches among the {@code eventsSearched} most recent events. */
public record PreviewResult(List<PreviewMatch> items, int eventsSearched) {
}
