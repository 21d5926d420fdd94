package io.newsalerts.alert.mapping;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import io.newsalerts.alert.api.AlertView;
import io.newsalerts.alert.persistence.SubscriptionEntity;

/**
 * Writes a subscription's newest alerts as an Atom 1.0 feed (Rome): one entry per alert, its id the alert's id as a
 * URN (Atom ids are IRIs), its link the article or posting, its summary the snippet.
 */
public final class AtomFeedMapper {

    static final String GENERATOR = "newsalerts";

    private AtomFeedMapper() {
    }

    /** @param alerts newest first */
    public static String toAtom(SubscriptionEntity subscription, List<AlertView> alerts, String selfUrl) {
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:newsalerts:subscription:" + subscription.id);
        feed.setTitle("newsalerts: " + (subscription.name != null ? subscription.name : subscription.query));
        feed.setUpdated(Date.from(alerts.isEmpty() ? subscription.updatedAt : alerts.get(0).matchedAt()));
        Person author = new Person();
        author.setName(GENERATOR);
        feed.setAuthors(List.of(author));
        feed.setOtherLinks(List.of(link("self", selfUrl)));
        feed.setEntries(alerts.stream().map(AtomFeedMapper::entry).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the Atom feed of " + subscription.id, e);
        }
    }

    /** The Atom id of an alert's entry. */
    public static String entryId(String alertId) {
        return "urn:newsalerts:alert:" + alertId;
    }

    private static Entry entry(AlertView alert) {
        Entry entry = new Entry();
        entry.setId(entryId(alert.id()));
        entry.setTitle(alert.title());
        entry.setAlternateLinks(List.of(link("alternate", alert.url())));
        entry.setUpdated(Date.from(alert.matchedAt()));
        if (alert.publishedAt() != null) {
            entry.setPublished(Date.from(alert.publishedAt()));
        }
        if (alert.snippet() != null) {
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(alert.snippet());
            entry.setSummary(summary);
        }
        return entry;
    }

    private static Link link(String rel, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }
}
