package dk.samskab.report.model;

import java.util.List;

/** The small items of a report, each worded and with its codes beside the words. */
public final class Items {

    private Items() {}

    /** Why a type was not derived, in one sentence ({@code reason}), with the axis positions it needs. */
    public record WhyNot(String type, String typeName, String reason, List<Unmet> unmet) {

        public WhyNot {
            unmet = List.copyOf(unmet);
        }
    }

    /** The type needs {@code needed} on {@code axis}; the case is at {@code actual}. */
    public record Unmet(String axis, String needed, String actual) {}

    /** One known fact changed one step, and the type it would give; {@code sentence} says it. */
    public record Flip(String fact, Object from, Object to, String type, String typeName, String sentence) {}

    /** How one party sees the process, set against the derived type; {@code sentence} says it. */
    public record Perception(String actor, String type, String typeName, boolean matches, String sentence) {}

    /** An actor of the case: its name, its kind in code and words, and whether it is public, in words. */
    public record Actor(String name, String kind, String kindName, boolean publicActor, String publicWords) {}

    /** Where the case came from and what it is: the head of a report. */
    public record Head(String title, String id, String file, String source, List<String> description) {

        public Head {
            description = List.copyOf(description);
        }
    }

    /**
     * What makes the report reproducible: who prepared the case file and when ({@code prepared}, in words; empty
     * when the file says neither), the versions and hashes ({@code line}) and the full hashes.
     */
    public record Stamp(
            String preparedBy,
            String date,
            String prepared,
            String line,
            String samskab,
            String drools,
            String rulesSha256,
            String caseSha256) {}

    /** The round table with the employee at {@code place} ({@code null}: no place), its title and caption. */
    public record Table(String place, String title, String caption) {}
}
