package io.newsalerts.alert.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsalerts.alert.api.PreviewMatch;
import io.newsalerts.alert.api.PreviewResult;
import io.newsalerts.alert.api.SubscriptionRequest;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.matching.RecentEvents;
import io.newsalerts.matcher.Match;
import io.newsalerts.matcher.NaiveMatcher;

/** Shows what a query would have matched among the recent events, without storing anything. */
@ApplicationScoped
public class PreviewService {

    private static final String PREVIEW = "preview";

    @Inject
    SubscriptionValidator validator;

    @Inject
    RecentEvents recentEvents;

    public PreviewResult preview(SubscriptionRequest request) {
        ValidSubscription valid = validator.validate(request);
        NaiveMatcher matcher = new NaiveMatcher();
        matcher.put(PREVIEW, valid.query(), valid.filter());
        List<IncomingEvent> events = recentEvents.snapshot();
        List<PreviewMatch> matches = new ArrayList<>();
        for (IncomingEvent event : events) {
            for (Match match : matcher.match(event.document())) {
                matches.add(new PreviewMatch(event.type().wireName(), event.id(), event.title(), event.url(),
                        match.matchedTerms(), match.snippet(), event.publishedAt()));
            }
        }
        return new PreviewResult(matches, events.size());
    }
}
