package dk.samskab.report.model;

import java.util.List;

/**
 * A part of a report: its heading, a sentence that introduces the items or says why there are none
 * ({@code note}; empty when there is nothing to say), and the items.
 */
public record Section<T>(String heading, String note, List<T> items) {

    public Section {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
