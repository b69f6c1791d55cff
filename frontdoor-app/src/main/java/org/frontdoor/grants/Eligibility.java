package org.frontdoor.grants;

import java.util.List;

/** Whether an applicant may apply, and when not, every reason in plain words. */
public record Eligibility(List<String> reasons) {

    public boolean eligible() {
        return reasons.isEmpty();
    }
}
