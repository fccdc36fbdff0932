package dk.samskab.rules;

import dk.samskab.i18n.Message;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleAnalysis.AnalysedRule;
import dk.samskab.rules.RuleAnalysis.Insertion;
import dk.samskab.rules.RuleAnalysis.PatternUse;
import dk.samskab.rules.RuleSource.RuleFile;
import dk.samskab.text.Position;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings about what a rule reads: a rule that concludes something outside the named {@link Phase}s; a rule
 * that reads a conclusion a later phase draws (it would read it before it is drawn); and a rule that reads absence
 * as evidence — that there is no conclusion of some kind ({@code not Evidence(…)}), or that a fact of the case is
 * unknown ({@code == null}), or a negative comparison ({@code !=}, {@code not contains}, {@code not in}) that an
 * unknown fact also meets. Each finding is placed at the line of the condition.
 */
final class PhaseLint {

    /** Fact types that are the case itself, as read: never a conclusion. */
    private static final Set<String> INPUT = Set.of("Case", "Actor", "PerceivedType");

    private static final Pattern EQUALS_NULL = Pattern.compile("\\b(\\w+)\\s*==\\s*null\\b");
    private static final Pattern NEGATIVE =
            Pattern.compile("\\b(\\w+)\\s*(?:!=\\s*(?!null\\b)|not\\s+contains\\b|not\\s+in\\b|not\\s+memberOf\\b)");

    /** The phase each fact type is concluded in, from the rules that insert it. */
    private final Map<String, Set<Phase>> concludedIn = new HashMap<>();

    private final Finding report;

    private PhaseLint(Finding report) {
        this.report = report;
    }

    static void check(RuleAnalysis analysis, Finding report) {
        PhaseLint lint = new PhaseLint(report);
        for (AnalysedRule rule : analysis.rules()) {
            Optional<Phase> phase = phaseOf(rule);
            for (Insertion insertion : rule.inserts()) {
                phase.ifPresent(p -> lint.concludedIn
                        .computeIfAbsent(insertion.type(), t -> EnumSet.noneOf(Phase.class))
                        .add(p));
            }
        }
        analysis.rules().forEach(lint::check);
    }

    /** How a finding is handed back: the file, the position and the message. */
    @FunctionalInterface
    interface Finding {
        void accept(RuleFile file, Position at, Message message);
    }

    /** The phase a rule runs in, if it names one of the phases. */
    static Optional<Phase> phaseOf(AnalysedRule rule) {
        return Phase.byCode(groupOf(rule));
    }

    private static String groupOf(AnalysedRule rule) {
        String group = rule.attributes().get("ruleflow-group");
        if (group == null) {
            group = rule.attributes().get("agenda-group");
        }
        return group == null ? null : unquote(group);
    }

    private void check(AnalysedRule rule) {
        Optional<Phase> phase = phaseOf(rule);
        if (phase.isEmpty() && !rule.inserts().isEmpty()) {
            String group = groupOf(rule);
            add(
                    rule,
                    rule.at(),
                    group == null
                            ? Message.of("lint.no-phase", rule.name(), String.join(", ", Phase.codes()))
                            : Message.of("lint.unknown-phase", rule.name(), group, String.join(", ", Phase.codes())));
        }
        for (PatternUse pattern : rule.patterns()) {
            String type = pattern.simpleType();
            Set<Phase> drawnIn = concludedIn.getOrDefault(type, Set.of());
            if (phase.isPresent() && !INPUT.contains(type)) {
                Optional<Phase> later = drawnIn.stream()
                        .filter(p -> p.compareTo(phase.get()) > 0)
                        .findFirst();
                if (later.isPresent()) {
                    add(
                            rule,
                            at(rule, pattern, type),
                            Message.of(
                                    "lint.later-phase",
                                    rule.name(),
                                    phase.get().code(),
                                    type,
                                    later.get().code()));
                }
            }
            if (pattern.negated() && !pattern.fromSource() && !INPUT.contains(type) && !drawnIn.isEmpty()) {
                add(rule, at(rule, pattern, type), Message.of("lint.reads-no-conclusion", rule.name(), type));
            }
            if (type.equals("Case")) {
                checkCaseConstraints(rule, pattern);
            }
        }
    }

    private void checkCaseConstraints(AnalysedRule rule, PatternUse pattern) {
        for (String constraint : pattern.constraints()) {
            Matcher m = EQUALS_NULL.matcher(constraint);
            while (m.find()) {
                fact(m.group(1))
                        .ifPresent(fact -> add(
                                rule,
                                at(rule, pattern, m.group(1)),
                                Message.of("lint.reads-unknown", rule.name(), fact.code())));
            }
            Matcher negative = NEGATIVE.matcher(constraint);
            while (negative.find()) {
                String property = negative.group(1);
                Optional<Fact> fact = fact(property);
                if (fact.isPresent() && !guarded(pattern, property)) {
                    add(
                            rule,
                            at(rule, pattern, property),
                            Message.of(
                                    "lint.negative-reads-unknown",
                                    rule.name(),
                                    fact.get().code()));
                }
            }
        }
    }

    /** Whether the pattern also requires the property to be known: {@code != null}, or a value it must have. */
    private static boolean guarded(PatternUse pattern, String property) {
        Pattern known = Pattern.compile(
                "\\b" + Pattern.quote(property)
                        + "\\s*(?:!=\\s*null\\b|==\\s*(?!null\\b)|contains\\b|in\\s*\\(|memberOf\\b|\\.size\\(\\)|\\.empty\\b)");
        Pattern negatedBefore = Pattern.compile("not\\s+$");
        for (String constraint : pattern.constraints()) {
            Matcher m = known.matcher(constraint);
            while (m.find()) {
                String before = constraint.substring(0, m.start());
                if (!negatedBefore.matcher(before).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Fact> fact(String property) {
        String name = property.startsWith("get") && property.length() > 3
                ? Character.toLowerCase(property.charAt(3)) + property.substring(4)
                : property;
        return Fact.byProperty(name);
    }

    /** Where a condition is written: the word on the pattern's line, else the line's first character. */
    private static Position at(AnalysedRule rule, PatternUse pattern, String word) {
        String[] lines = rule.file().text().split("\n", -1);
        int line = pattern.line();
        if (line < 1 || line > lines.length) {
            return rule.at();
        }
        String text = lines[line - 1];
        int column = text.indexOf(word);
        if (column < 0) {
            column = text.length() - text.stripLeading().length();
        }
        return new Position(line, column + 1);
    }

    private void add(AnalysedRule rule, Position at, Message message) {
        report.accept(rule.file(), at, message);
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
