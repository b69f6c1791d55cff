package org.frontdoor.cases;

import java.util.List;

/** One page of a worklist; {@code next} is the cursor of the following page, or null on the last. */
public record WorklistPage(List<WorklistRow> rows, String next) {
}
