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
    WARNINGS("warnings");

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

    /** The phases' names, in order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Phase::code).toList();
    }
}
