package dk.samskab.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A criterion a case can state under {@code case:}, with the values the contract allows. A fact that a case
 * leaves out is unknown, never false; an empty list is known ("none").
 */
public enum Fact {
    PROBLEM_IDENTIFIED_BY(Kind.CHOICE, "municipality", "external", "joint"),
    INITIATIVE_FROM(Kind.CHOICE, "municipality", "external"),
    GOALS_SET_BY(Kind.CHOICE, "municipality", "external", "joint"),
    RESULT_PLANNED_IN_ADVANCE(Kind.BOOLEAN),
    EXECUTOR_DECIDED_IN_ADVANCE(Kind.BOOLEAN),
    MAIN_RESPONSIBILITY(Kind.CHOICE, "municipality", "shared", "external"),
    MUNICIPAL_ROLE(Kind.CHOICE, "authority", "goal-setter", "equal-participant", "facilitator"),
    CITIZENS_POSITIONED_AS(Kind.CHOICE, "client", "patient", "service-recipient", "resource", "partner", "initiator"),
    PARTNERS_TAKE_PART_IN(
            Kind.LIST, "initiative", "problem-definition", "solution-design", "decision", "consultation", "execution"),
    HELP_TO_SELF_HELP(Kind.BOOLEAN),
    VOLUNTEER_TRACK(Kind.BOOLEAN),
    FACILITATES_EXTERNAL_INITIATIVE(Kind.BOOLEAN),
    MUNICIPAL_CONTRIBUTION(
            Kind.LIST,
            "premises",
            "materials",
            "land",
            "expertise",
            "process-facilitation",
            "funding",
            "safety-and-operations",
            "staff"),
    HEARING_ON_FINISHED_PROPOSAL(Kind.BOOLEAN),
    DECISION_MANDATE(Kind.CHOICE, "none", "advisory", "formal"),
    PARTNERS_TO_BECOME_SELF_RUNNING(Kind.BOOLEAN),
    SAFEGUARD_PRINCIPLES(Kind.LIST, "equality", "justice", "transparency"),
    CITIZEN_WISHES_DIFFER_FROM_GOALS(Kind.BOOLEAN);

    /** How a fact's value is written. */
    public enum Kind {
        BOOLEAN,
        CHOICE,
        LIST
    }

    private static final List<String> CODES =
            Arrays.stream(values()).map(Fact::code).toList();
    private static final List<String> PROPERTIES =
            Arrays.stream(values()).map(Fact::property).toList();

    private final Kind kind;
    private final List<String> values;
    private final String code;
    private final String property;

    Fact(Kind kind, String... values) {
        this.kind = kind;
        this.values = kind == Kind.BOOLEAN ? List.of("true", "false") : List.of(values);
        this.code = name().toLowerCase(Locale.ROOT);
        this.property = camelCase(code);
    }

    /** The key in a case file, e.g. {@code result_planned_in_advance}. */
    public String code() {
        return code;
    }

    /** The property DRL patterns read, e.g. {@code resultPlannedInAdvance}. */
    public String property() {
        return property;
    }

    private static String camelCase(String code) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : code.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** The allowed values (for a list: the allowed entries), as codes. */
    public List<String> allowed() {
        return values;
    }

    /** Every fact's key in a case file, in the contract's order. */
    public static List<String> codes() {
        return CODES;
    }

    /** Every fact's property as DRL patterns read it, in the contract's order. */
    public static List<String> properties() {
        return PROPERTIES;
    }

    public static Optional<Fact> byCode(String code) {
        for (Fact fact : values()) {
            if (fact.code().equals(code)) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }

    public static Optional<Fact> byProperty(String property) {
        for (Fact fact : values()) {
            if (fact.property().equals(property)) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }
}
