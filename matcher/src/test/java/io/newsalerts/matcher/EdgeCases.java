package io.newsalerts.matcher;

import java.math.BigDecimal;
import java.util.List;

/** Hand-written events and queries at the corners of analysis and query semantics, for differential tests. */
final class EdgeCases {

    private EdgeCases() {
    }

    static List<MatchDocument> documents() {
        return List.of(
                NewsFixtures.netflixArticle(),
                NewsFixtures.netflixJobPosting(),
                MatchDocument.article("edge-possessive", "Netflix’s A.I. push", "The writers' guild’s view",
                        "Apple's U.S. café chain hires 1,750 workers at $2.27 each in a state-of-the-art deal "
                                + "with SAG-AFTRA. Writers's strikes hit Apple’s studios.", "Gizmodo", "Kevin Hurler",
                        "en"),
                MatchDocument.article("edge-boundary", "Writers return to Hollywood", "Studios wait",
                        "Strike talks resume after the Hollywood strike ended", "Variety", null, "en"),
                MatchDocument.article("edge-repeats", "Strike strike strike", null,
                        "Writers strike again and the strike writers strike on; oil gas oil oil price gas oil "
                                + "price oil. Writers say strike, writers.", "Deadline", null, "en"),
                MatchDocument.article("edge-prefix", "Con artists and conferences", null,
                        "con conference contract consumer contest contracts continue conservative con-artist Conrad "
                                + "concern conclude concrete condition conduct confirm conflict Congress connect",
                        "Reuters", null, "en"),
                MatchDocument.article("edge-accents", "Zürich Café Crème", null,
                        "naïve résumé coöperation façade Ærø ÆRØ ﬁnance straße", "Le Monde", null, "fr"),
                MatchDocument.article("edge-numbers", "COVID-19 cases rise 3.5% in 2020-21", null,
                        "Covid 19 e-mail email 1,000,000 v2.0 U.S.A. A.I. ai Wi-Fi wifi 9/11", "AP", null, "en"),
                MatchDocument.jobPosting("edge-job", "Senior A.I. Engineer - Machine Learning", "Netflix, Inc.",
                        "Los Gatos, California", "Build machine-learning platforms; AI, ai and A.I. all welcome.",
                        YearlySalary.of(new BigDecimal("100"), new BigDecimal("150"), "USD", "HOUR")),
                MatchDocument.article("edge-empty", "", "", "   ", "", "", "en"));
    }

    static List<String> queries() {
        return List.of(
                "\"Netflix's A.I.\"", "a.i", "A.I.", "ai", "\"apple’s u.s.\"", "café", "cafe*", "caf*", "1,750",
                "\"2.27\"", "state-of-the-art", "\"state of the art\"", "sag-aftra", "\"SAG AFTRA\"", "\"sag-aftra\"",
                "\"hollywood strike\"", "\"hollywood strike\"~3", "\"Hollywood Strike\"~1000", "\"hollywood\"~5",
                "title:hollywood body:strike", "title:\"hollywood strike\"~50", "con*", "con* -contract",
                "title:con*", "conf* OR conc*", "\"strike strike\"~2", "\"strike strike strike\"~0",
                "\"strike strike strike\"~3", "\"strike writers strike\"~4", "\"writers strike\"~1",
                "\"strike writers\"~0", "\"oil oil gas\"~3", "\"oil gas oil\"~2", "\"gas oil oil\"~5",
                "\"price oil oil\"~4", "\"oil price oil gas oil\"~6", "\"writers strike writers strike\"~5",
                "((oil OR gas) AND (price OR strike)) -covid", "(strike OR (writers AND (oil OR talks)))",
                "(a OR (b AND (c OR d))) OR strike", "zurich", "zür*", "zur*", "naive resume", "coo*",
                "\"aero\"", "aero", "finance", "strasse", "covid-19", "\"covid 19\"", "2020-21", "e-mail", "email",
                "writers' guild", "\"writer guild\"", "company:netflix location:\"los gatos\"",
                "description:ai -title:ai", "netflix OR spotify -rumor", "NOT rumor netflix", "netflix NOT writers",
                "\"oil gas\"~2 OR \"gas oil\"~0", "title:(strike OR talks) body:resume", "source:reuters con*",
                "summary:studios", "summary:\"writer guild\"", "author:hurler apple", "title:engineer",
                "location:california company:inc", "wi-fi", "\"wi fi\"", "\"9/11\"", "\"9 11\"", "u.s.a", "v2.0",
                "machine-learning", "\"machine learning\"~1", "description:(build -strike)", "+netflix -spotify",
                "netflix OR apple strike", "(netflix OR apple) (strike OR writers)", "strik* -\"strike strike\"");
    }
}
