package dk.samskab.rules;

import dk.samskab.i18n.Message;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import dk.samskab.model.Strength;
import dk.samskab.rules.RuleAnalysis.AnalysedRule;
import dk.samskab.rules.RuleAnalysis.Header;
import dk.samskab.rules.RuleAnalysis.Insertion;
import dk.samskab.rules.RuleAnalysis.PatternUse;
import dk.samskab.rules.RuleAnalysis.Sentence;
import dk.samskab.rules.RuleSource.RuleFile;
import dk.samskab.text.Position;
import dk.samskab.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What a compiler does not catch but an analyst should hear about: a rule without its description in English and
 * Danish or without a section; a section that is not a heading of the article; a code the contract does not know
 * (in a condition, a conclusion or a DSL sentence); two rules with the same name; a criterion without its
 * {@code @strength}; and, by {@link PhaseLint}, a rule outside the phases, one that reads a conclusion of a later
 * phase, or one that reads the absence of a fact or of a conclusion as evidence. Each finding is a
 * {@link RuleProblem} at its line and column.
 */
public final class RuleLint {

    private static final Pattern COMPARISON =
            Pattern.compile("(\\w+)\\s*(?:==|!=|not\\s+contains|contains|memberOf)\\s*\"([^\"]*)\"");
    private static final Pattern MEMBERSHIP = Pattern.compile("(\\w+)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    /** A whole number, or an expression in parentheses that Drools works out per match. */
    private static final Pattern SALIENCE = Pattern.compile("[-+]?\\d+|\\(.*\\)");

    private static final Pattern WHOLE_LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleLint() {}

    public static List<RuleProblem> lint(RuleSource source) {
        RuleLint lint = new RuleLint();
        RuleAnalysis analysis = RuleAnalysis.of(source);
        analysis.rules().forEach(lint::checkRule);
        analysis.sentences().forEach(lint::checkSentence);
        lint.checkDuplicates(analysis.headers());
        PhaseLint.check(analysis, lint::add);
        return lint.problems;
    }

    private void checkRule(AnalysedRule rule) {
        Map<String, String> meta = rule.metadata();
        for (String key : List.of(RuleAnalysis.DESCRIPTION_EN, RuleAnalysis.DESCRIPTION_DA, RuleAnalysis.SECTION)) {
            String value = meta.get(key);
            if (value == null || value.isBlank()) {
                add(rule.file(), rule.at(), Message.of("lint.no-metadata", rule.name(), "@" + key));
            }
        }
        String section = meta.get(RuleAnalysis.SECTION);
        if (section != null && !section.isBlank() && !Codes.SECTIONS.contains(section)) {
            add(
                    rule.file(),
                    find(rule.file(), rule.at(), "@section"),
                    Message.of("lint.unknown-section", section, Suggestions.hint(section, Codes.SECTIONS)));
        }
        String salience = rule.attributes().get("salience");
        if (salience != null && !SALIENCE.matcher(salience.strip()).matches()) {
            add(
                    rule.file(),
                    find(rule.file(), rule.at(), "salience"),
                    Message.of("lint.bad-salience", rule.name(), salience.strip()));
        }
        for (PatternUse pattern : rule.patterns()) {
            for (String constraint : pattern.constraints()) {
                checkConstraint(rule.file(), rule.at(), pattern.type(), constraint, true);
            }
        }
        for (Insertion insertion : rule.inserts()) {
            checkInsertion(rule.file(), rule.at(), insertion, true);
        }
        checkStrength(rule);
    }

    /** A criterion states its strength; a strength is one the weight table knows. */
    private void checkStrength(AnalysedRule rule) {
        String strength = rule.metadata().get(RuleAnalysis.STRENGTH);
        boolean givesEvidence =
                rule.inserts().stream().anyMatch(insertion -> insertion.type().equals("Evidence"));
        if (strength == null && givesEvidence) {
            add(rule.file(), rule.at(), Message.of("lint.no-strength", rule.name(), String.join(", ", Strength.NAMES)));
        } else if (strength != null && !Strength.NAMES.contains(strength)) {
            add(
                    rule.file(),
                    find(rule.file(), rule.at(), "@strength"),
                    Message.of(
                            "lint.unknown-strength",
                            strength,
                            String.join(", ", Strength.NAMES),
                            Suggestions.hint(strength, Strength.NAMES)));
        }
    }

    private void checkConstraint(RuleFile file, Position from, String type, String constraint, boolean mustBeWritten) {
        Matcher m = COMPARISON.matcher(constraint);
        while (m.find()) {
            checkCode(file, from, type, m.group(1), m.group(2), mustBeWritten);
        }
        m = MEMBERSHIP.matcher(constraint);
        while (m.find()) {
            Matcher literal = LITERAL.matcher(m.group(2));
            while (literal.find()) {
                checkCode(file, from, type, m.group(1), literal.group(1), mustBeWritten);
            }
        }
    }

    private void checkCode(
            RuleFile file, Position from, String type, String property, String code, boolean mustBeWritten) {
        Optional<List<String>> allowed = ContractCodes.forProperty(type, property);
        if (allowed.isPresent() && !allowed.get().contains(code)) {
            String where = simple(type).equals("Case")
                    ? Fact.byProperty(property).map(Fact::code).orElse(property)
                    : simple(type) + "." + property;
            report(
                    file,
                    from,
                    code,
                    Message.of(
                            "lint.unknown-code",
                            code,
                            where,
                            String.join(", ", allowed.get()),
                            Suggestions.hint(code, allowed.get())),
                    mustBeWritten);
        }
    }

    private void checkInsertion(RuleFile file, Position from, Insertion insertion, boolean mustBeWritten) {
        List<String> arguments = insertion.argumentList();
        for (int i = 0; i < arguments.size(); i++) {
            Matcher literal = WHOLE_LITERAL.matcher(arguments.get(i));
            if (!literal.matches()) {
                continue; // a variable or an expression: only a literal code can be checked
            }
            String code = literal.group(1);
            Optional<List<String>> allowed = ContractCodes.forArgument(insertion.type(), i);
            if (allowed.isPresent() && !allowed.get().contains(code)) {
                report(
                        file,
                        from,
                        code,
                        Message.of(
                                "lint.unknown-code",
                                code,
                                "new " + insertion.type() + "(…)",
                                String.join(", ", allowed.get()),
                                Suggestions.hint(code, allowed.get())),
                        mustBeWritten);
            }
        }
    }

    /** A code is reported where it is written; in a .dslr file a code from a DSL sentence is reported there. */
    private void report(RuleFile file, Position from, String code, Message message, boolean mustBeWritten) {
        Position at = find(file, from, "\"" + code + "\"");
        if (at == null) {
            if (mustBeWritten && file.extension().equals("dslr")) {
                return;
            }
            at = from;
        }
        add(file, at, message);
    }

    private void checkSentence(Sentence sentence) {
        String drl;
        if (sentence.section().equals("consequence")) {
            drl = "rule \"s\"\nwhen\nthen\n" + sentence.drl() + "\nend\n";
        } else if (sentence.sentence().startsWith("-")) {
            drl = "rule \"s\"\nwhen\nCase( " + sentence.drl() + " )\nthen\nend\n";
        } else {
            drl = "rule \"s\"\nwhen\n" + sentence.drl() + "\nthen\nend\n";
        }
        PackageDescr pkg;
        try {
            DrlParser parser = new DrlParser();
            pkg = parser.parse(false, drl.replace("\\{", "{").replace("\\}", "}"));
            if (pkg == null || parser.hasErrors() || pkg.getRules().isEmpty()) {
                return;
            }
        } catch (DroolsParserException | RuntimeException e) {
            return;
        }
        Position line = new Position(sentence.line(), 1);
        AnalysedRule parsed = RuleDescriptions.describe(pkg.getRules().get(0), sentence.file(), line);
        for (PatternUse pattern : parsed.patterns()) {
            for (String constraint : pattern.constraints()) {
                checkConstraint(sentence.file(), line, pattern.type(), constraint, false);
            }
        }
        for (Insertion insertion : parsed.inserts()) {
            checkInsertion(sentence.file(), line, insertion, false);
        }
    }

    private void checkDuplicates(List<Header> headers) {
        Map<String, Header> first = new HashMap<>();
        for (Header header : headers) {
            Header earlier = first.putIfAbsent(header.name(), header);
            if (earlier != null) {
                add(
                        header.file(),
                        header.at(),
                        Message.of(
                                "lint.duplicate-rule",
                                header.name(),
                                earlier.file().path() + ":" + earlier.at().line()));
            }
        }
    }

    /** The first place at or after {@code from} where {@code text} is written in {@code file}, or null. */
    private static Position find(RuleFile file, Position from, String text) {
        String[] lines = file.text().split("\n", -1);
        for (int i = Math.max(0, from.line() - 1); i < lines.length; i++) {
            int column = lines[i].indexOf(text);
            if (column >= 0) {
                return new Position(i + 1, column + 1);
            }
        }
        return null;
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    void add(RuleFile file, Position at, Message message) {
        problems.add(new RuleProblem(file.path(), at, message));
    }
}
