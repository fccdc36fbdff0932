package dk.samskab.model;

import java.util.List;

/** The outcome codes of the contract, in the order reports list them. */
public final class Codes {

    /** The four co-creation types, then the outcomes outside the typology. */
    public static final List<String> TYPES = List.of(
            "steered",
            "responsibilising",
            "equal",
            "facilitating",
            "collaboration",
            "civil-society-only",
            "undetermined");

    /** The four types of the typology proper. */
    public static final List<String> CO_CREATION_TYPES = TYPES.subList(0, 4);

    public static final List<String> EMPLOYEE_ROLES =
            List.of("defining-and-deciding", "goal-setting-and-motivating", "equal-participant", "facilitator");

    /** The employee's places at the round table (section MEDARBEJDERENS ROLLE I SAMSKABELSESPROCESSER). */
    public static final List<String> TABLE_PLACES =
            List.of("at-the-head", "at-the-table-steering", "at-the-table-no-head", "beside-the-table");

    public static final List<String> CITIZEN_ROLES =
            List.of("co-initiator", "co-designer", "co-producer", "co-implementer");

    public static final List<String> WARNINGS = List.of(
            "hearing-not-decision-space",
            "minimal-co-creation",
            "goals-differ-from-citizen-wishes",
            "show-process-risk",
            "decoupling-risk",
            "mixed-signals",
            "diverging-understandings",
            "collaboration-not-co-creation",
            "no-public-actor",
            "missing-information");

    /** The headings of the article, the only sections a rule may cite. */
    public static final List<String> SECTIONS = List.of(
            "SAMSKABELSE OM VELFÆRDSOPGAVER",
            "EN TYPOLOGI OVER SAMSKABELSE",
            "Styret samskabelse",
            "Ansvarliggørende samskabelse",
            "Ligeværdig samskabelse",
            "Faciliterende samskabelse",
            "MEDARBEJDERENS ROLLE I SAMSKABELSESPROCESSER",
            "AFRUNDING");

    /** The position of an axis that its evidence does not settle. */
    public static final String UNDETERMINED = "undetermined";

    private Codes() {}

    static String require(List<String> allowed, String code, String what) {
        if (!allowed.contains(code)) {
            throw new IllegalArgumentException("unknown " + what + " '" + code + "'; known: " + allowed);
        }
        return code;
    }
}
