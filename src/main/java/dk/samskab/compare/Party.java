package dk.samskab.compare;

import dk.samskab.explain.Explanation;
import dk.samskab.loading.CaseFile;

/** One party's own description of the process ({@code perspective_of}) and what the rules derived from it. */
public record Party(String name, Explanation explanation) {

    public CaseFile file() {
        return explanation.source();
    }

    /** The type the party's description gives. */
    public String type() {
        return explanation.outcome().type();
    }
}
