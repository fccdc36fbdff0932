package dk.samskab.report.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The in-page anchors of a many-case report: {@code case-<id>}, made unique when ids repeat; {@code file-<n>}. */
public final class Anchors {

    private Anchors() {}

    /** One anchor per id, in order; a {@code null} id (a file that did not load) gets {@code file-<n>}. */
    public static List<String> of(List<String> ids) {
        Set<String> used = new HashSet<>();
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String base = ids.get(i) == null ? "file-" + (i + 1) : "case-" + ids.get(i);
            String anchor = base;
            for (int n = 2; !used.add(anchor); n++) {
                anchor = base + "-" + n;
            }
            anchors.add(anchor);
        }
        return anchors;
    }
}
