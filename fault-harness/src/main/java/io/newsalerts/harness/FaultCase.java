package io.newsalerts.harness;

/** One fault the harness inflicts on the running stack, and the figures it measures. */
interface FaultCase {

    int number();

    String title();

    CaseResult run(Stack stack, HarnessSettings settings) throws Exception;
}
