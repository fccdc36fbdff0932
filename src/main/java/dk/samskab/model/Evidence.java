package dk.samskab.model;

import org.kie.api.definition.rule.Rule;

/**
 * One criterion's evidence for one end of an axis, with the criterion's strength. A rule writes
 * {@code new Evidence( drools.getRule(), "predictability", "predictable" )}: the strength is read from the rule's own
 * {@code @strength} metadata, so it is written in one place, beside the rule. {@code onlyIn} is the position on the
 * predictability axis the evidence holds in ({@code unpredictable} for "in an unpredictable process, …"), or null when
 * it holds in any; the axes phase counts it only there.
 */
public record Evidence(String axis, String pole, String strength, String onlyIn) {

    /** The metadata key of a criterion's strength: {@code @strength("typical")}. */
    public static final String STRENGTH = "strength";

    public Evidence {
        Axis.require(axis).requirePole(pole, false);
        Codes.require(Strength.NAMES, strength, "strength");
        if (onlyIn != null) {
            Axis.PREDICTABILITY.requirePole(onlyIn, false);
        }
    }

    /** The evidence {@code rule} gives, at the strength its {@code @strength} states. */
    public Evidence(Rule rule, String axis, String pole) {
        this(axis, pole, strengthOf(rule), null);
    }

    /** The evidence {@code rule} gives, holding only in a process at {@code onlyIn} on the predictability axis. */
    public Evidence(Rule rule, String axis, String pole, String onlyIn) {
        this(axis, pole, strengthOf(rule), onlyIn);
    }

    private static String strengthOf(Rule rule) {
        Object value = rule.getMetaData().get(STRENGTH);
        if (value == null) {
            throw new IllegalArgumentException("rule \"" + rule.getName()
                    + "\" adds evidence but has no @strength (one of " + Strength.NAMES + ")");
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
