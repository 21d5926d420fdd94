/**
 * Stories: articles whose texts are near-duplicates (estimated Jaccard similarity of their 5-word shingles at or
 * above a threshold) within a time window share a story, named by the id of its first article.
 *
 * <p>{@link io.newsalerts.stories.StorySketcher} turns title and body into a {@link io.newsalerts.stories.StorySketch}:
 * 128 MinHash values (those of Lucene's {@code MinHashFilter} over a normalised {@code ShingleFilter}, computed
 * without their per-word overhead), 10 LSH band keys of 4 values each and a copy key of all 128.
 * {@link io.newsalerts.stories.StoryIndex} keeps the window's sketches in PostgreSQL, where each key names the
 * earliest article that has it; a new article compares its sketch with the owners of its 10 band keys only, so the
 * cost per article does not grow with the number of stored articles, and an exact copy finds its first copy by its
 * copy key alone. Two texts of similarity 0.8 share a band key with probability 0.995 (0.7: 0.94; 0.3: 0.08), and
 * each candidate is then checked on the full sketch.
 */
package io.newsalerts.stories;
