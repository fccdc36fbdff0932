package dk.samskab.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The phases the rules reason in, in order, each a Drools agenda group of its own name. A rule file declares its
 * phase once, under its imports ({@code ruleflow-group "criteria"}); a rule may name another. The engine runs the
 * phases in this order, each until none of its rules can fire, so no salience is needed for the order: a criterion
 * written anywhere in its file has given its evidence before the axes are weighed.
 */
public enum Phase {
    /** What counts as co-creation (definition.drl). */
    DEFINITION("definition"),
    /** The criteria: evidence for an end of an axis, read from the case's facts; and the weight of each strength. */
    CRITERIA("criteria"),
    /** Weighing the evidence and settling each axis. */
    AXES("axes"),
    /** The type, where the axes cross, and why not the others. */
    TYPE("type"),
    /** The employee's and the citizens' roles. */
    ROLES("roles"),
    /** What an analyst should know. */
    WARNINGS("warnings"),
    /**
     * The comparison of several parties' own descriptions of one process ({@code samskab compare}): it reads the
     * type each description was given ({@code PartyType}), so it runs only when the descriptions are compared, never
     * on one case.
     */
    COMPARE("compare");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    /** The phase's name as a rule file writes it. */
    public String code() {
        return code;
    }

    public static Optional<Phase> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** The phases that reason about one case, in order: every phase but {@link #COMPARE}. */
    public static List<Phase> ofOneCase() {
        return Arrays.stream(values()).filter(p -> p != COMPARE).toList();
    }

    /** Whether a rule of the phase named {@code code} reasons about one case (false for {@link #COMPARE}). */
    public static boolean isOfOneCase(String code) {
        return !COMPARE.code.equals(code);
    }

    /** The phases' names, in order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Phase::code).toList();
    }
}
