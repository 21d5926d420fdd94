package io.newsalerts.matcher;

import java.util.List;

/**
 * A query compiled into {@link PlanCode} form whose string references are indexes into {@link #strings}: the
 * plan before it is stored, independent of any vocabulary, so it can be made without holding the index's lock.
 *
 * @param code the plan; string references index {@code strings}
 * @param strings the distinct analyzed terms and normalized prefixes the code refers to
 */
record PlanTemplate(int[] code, List<String> strings) {
}
