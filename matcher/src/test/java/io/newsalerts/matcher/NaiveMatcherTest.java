package io.newsalerts.matcher;

/** The naive matcher against the matcher contract. */
class NaiveMatcherTest extends SubscriptionMatcherContractTest {

    @Override
    protected SubscriptionMatcher newMatcher() {
        return new NaiveMatcher();
    }
}
