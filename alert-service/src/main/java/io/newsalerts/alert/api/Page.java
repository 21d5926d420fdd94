package io.newsalerts.alert.api;

import java.util.List;

/** One page of a list; {@code next} is the cursor of the following page, or {@code null} at the end. */
public record Page<T>(List<T> items, String next) {
}
