package dk.samskab.engine;

import dk.samskab.i18n.Message;
import dk.samskab.model.Classification;
import dk.samskab.text.Quoted;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong while the rules ran, as a {@link RuleFailure} that names the rules involved: a condition or a
 * consequence that threw, rules that kept firing, no type or several, several roles.
 */
final class Failures {

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\" in ");
    private static final Pattern CONSTRAINT_IN_MESSAGE = Pattern.compile("Error evaluating constraint '(.*)' in \\[");

    private Failures() {}

    /**
     * A failure that is not a consequence's own: a condition that throws while a case is matched (Drools names the
     * rule only in its message), or an error while a consequence ran.
     */
    static RuleFailure failed(Throwable e, String firing) {
        if (firing != null) {
            return new RuleFailure(
                    Message.of("engine.consequence-failed", firing, describe(rootOf(e))), List.of(firing), e);
        }
        String text = String.valueOf(e.getMessage());
        List<String> named = new ArrayList<>();
        Matcher m = RULE_IN_MESSAGE.matcher(text);
        while (m.find()) {
            if (!named.contains(m.group(1))) {
                named.add(m.group(1));
            }
        }
        if (named.isEmpty()) {
            return new RuleFailure(Message.of("engine.rules-failed", describe(rootOf(e))), List.of(), e);
        }
        Matcher constraint = CONSTRAINT_IN_MESSAGE.matcher(text);
        String condition = constraint.find() ? constraint.group(1) : "?";
        return new RuleFailure(
                Message.of("engine.condition-failed", String.join("; ", named), condition, describe(rootOf(e))),
                named,
                e);
    }

    static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Exactly one type, or a failure naming the rules that could have given one (or gave several). */
    static void checkOneType(List<Derived<Classification>> types, RuleBase rules) throws RuleFailure {
        if (types.isEmpty()) {
            List<String> able = rules.rulesThatInsert(Classification.class.getSimpleName());
            throw new RuleFailure(
                    able.isEmpty()
                            ? Message.of("engine.no-type-rule")
                            : Message.of("engine.no-type", String.join("; ", able)),
                    able,
                    null);
        }
        if (types.size() > 1) {
            String found =
                    String.join(", ", types.stream().map(d -> d.fact().type()).toList());
            throw new RuleFailure(
                    Message.of("engine.several-types", found, String.join("; ", Outcome.rulesOf(types))),
                    Outcome.rulesOf(types),
                    null);
        }
    }

    static void checkAtMostOne(List<? extends Derived<?>> roles) throws RuleFailure {
        if (roles.size() > 1) {
            throw new RuleFailure(
                    Message.of("engine.several-roles", String.join("; ", Outcome.rulesOf(roles))),
                    Outcome.rulesOf(roles),
                    null);
        }
    }

    /**
     * The rules that kept firing: those that fired at least a tenth as often as the busiest one (a rule that fired
     * once on the way is not involved), busiest first, at most five.
     */
    static List<String> involved(Map<String, Integer> firings) {
        int most = firings.values().stream().max(Integer::compare).orElse(0);
        return firings.entrySet().stream()
                .filter(e -> e.getValue() > 1 && e.getValue() * 10L >= most)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
    }

    static String describe(Throwable cause) {
        String message = cause.getMessage();
        String first =
                message == null ? "" : message.lines().findFirst().orElse("").strip();
        return cause.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + Quoted.abbreviate(first));
    }
}
