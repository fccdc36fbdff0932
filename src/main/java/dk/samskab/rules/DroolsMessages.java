package dk.samskab.rules;

import dk.samskab.i18n.Message;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleSource.RuleFile;
import dk.samskab.text.Position;
import dk.samskab.text.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rephrases Drools' compiler messages in plain words and places them at a line and column: Drools reports the
 * column only inside some message texts, and for an unknown name only the rule's line, so the name is looked up
 * in the file from that line on.
 */
final class DroolsMessages {

    private static final Pattern PARSER_AT =
            Pattern.compile("Line (\\d+):(\\d+) (.*?)(?: in rule \"[^\"]*\")?\\s*$", Pattern.DOTALL);
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
    private static final Pattern STRICT_MODE =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern NOT_A_TYPE = Pattern.compile("(\\w+) cannot be resolved to a type");
    private static final Pattern NOT_RESOLVED = Pattern.compile("(\\w+) cannot be resolved(?! to a type)");
    private static final Pattern UNKNOWN_OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern UNABLE_TO_EXPAND =
            Pattern.compile("(?:Unable to expand|No mapping entries for expanding):\\s*(.*?)\\s*$", Pattern.DOTALL);
    private static final Pattern CONSEQUENCE_ERROR = Pattern.compile("Rule Compilation error\\s*(.*)", Pattern.DOTALL);
    private static final Pattern DUPLICATE_RULE = Pattern.compile("Duplicate rule name: (.*)");
    private static final List<String> FACT_TYPES = List.of(
            "Case",
            "Actor",
            "PerceivedType",
            "Evidence",
            "Strength",
            "Balance",
            "Weighed",
            "AxisPosition",
            "TypeDefinition",
            "TypeRuledOut",
            "CoCreation",
            "Classification",
            "EmployeeRole",
            "CitizenRole",
            "Warning");

    private DroolsMessages() {}

    /** Drools' noise: a follow-on message that adds nothing to the error before it. */
    static boolean isNoise(String message) {
        return message.contains("Parser returned a null Package")
                || message.startsWith("Unable to build constraint as ")
                || message.contains("Error while creating KieBase")
                || message.matches("(?s).*The type Rule_\\w+ is already defined.*");
    }

    static RuleProblem translate(RuleFile file, Path fallback, int[] lines, String original) {
        Path path = file == null ? fallback : file.path();
        int line = lines != null && lines.length > 0 ? Math.max(1, lines[0]) : 1;
        String message = original.strip();

        Matcher m = PARSER_AT.matcher(firstLine(message).replaceFirst("^\\[ERR \\d+\\]\\s*", ""));
        if (m.find()) {
            Position at = new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1);
            return new RuleProblem(path, at, syntax(m.group(3)), original);
        }
        if ((m = UNABLE_TO_EXPAND.matcher(message)).find()) {
            String sentence = m.group(1).strip();
            return new RuleProblem(
                    path, locate(file, line, sentence), Message.of("rules.dsl-no-mapping", sentence), original);
        }
        if ((m = STRICT_MODE.matcher(message)).find()) {
            String type = simpleName(m.group(1));
            String property = m.group(2);
            return new RuleProblem(
                    path,
                    locate(file, line, property),
                    Message.of("rules.unknown-property", property, type, propertyHint(type, property)),
                    original);
        }
        if ((m = UNKNOWN_OBJECT_TYPE.matcher(message)).find() || (m = NOT_A_TYPE.matcher(message)).find()) {
            String type = m.group(1);
            return new RuleProblem(
                    path,
                    locate(file, line, type),
                    Message.of("rules.unknown-type", type, Suggestions.hint(type, FACT_TYPES)),
                    original);
        }
        if ((m = NOT_RESOLVED.matcher(message)).find()) {
            String name = m.group(1);
            return new RuleProblem(path, locate(file, line, name), Message.of("rules.unknown-name", name), original);
        }
        if ((m = CONSEQUENCE_ERROR.matcher(message)).find()
                && !NOT_A_TYPE.matcher(message).find()
                && !NOT_RESOLVED.matcher(message).find()) {
            return new RuleProblem(
                    path,
                    consequenceOf(file, line),
                    Message.of("rules.consequence", firstLine(m.group(1).strip())),
                    original);
        }
        if ((m = DUPLICATE_RULE.matcher(firstLine(message))).find()) {
            String name = m.group(1).strip();
            return new RuleProblem(
                    path, locate(file, 1, "\"" + name + "\""), Message.of("rules.duplicate-rule", name), original);
        }
        return new RuleProblem(path, new Position(line, 1), Message.of("rules.drools", firstLine(message)), original);
    }

    private static Message syntax(String text) {
        Matcher m;
        if ((m = NO_VIABLE.matcher(text)).matches()) {
            return Message.of("rules.syntax-unexpected", printable(m.group(1)));
        }
        if ((m = MISMATCHED.matcher(text)).matches() || (m = EXTRANEOUS.matcher(text)).matches()) {
            return Message.of("rules.syntax-expecting", printable(m.group(1)), m.group(2));
        }
        if ((m = MISSING.matcher(text)).matches()) {
            return Message.of("rules.syntax-missing", m.group(1), printable(m.group(2)));
        }
        return Message.of("rules.syntax", text);
    }

    private static String printable(String token) {
        return token.equals("<EOF>") ? "end of file" : token.replace("\n", " ").strip();
    }

    private static Message propertyHint(String type, String property) {
        if (type.equals("Case")) {
            return Suggestions.hint(property, Fact.properties());
        }
        return Message.of("hint.none");
    }

    /** The first place at or after {@code line} where {@code token} is written, or the line's start. */
    static Position locate(RuleFile file, int line, String token) {
        if (file != null) {
            String[] lines = file.text().split("\n", -1);
            List<Integer> order = new ArrayList<>();
            for (int i = Math.max(0, line - 1); i < lines.length; i++) {
                order.add(i);
            }
            for (int i = 0; i < Math.min(line - 1, lines.length); i++) {
                order.add(i);
            }
            for (int i : order) {
                int column = lines[i].indexOf(token);
                if (column >= 0) {
                    return new Position(i + 1, column + 1);
                }
            }
        }
        return new Position(line, 1);
    }

    /** The first line of the consequence of the rule that starts at {@code ruleLine}. */
    private static Position consequenceOf(RuleFile file, int ruleLine) {
        if (file != null) {
            String[] lines = file.text().split("\n", -1);
            for (int i = Math.max(0, ruleLine - 1); i < lines.length - 1; i++) {
                if (lines[i].strip().equals("then")) {
                    String next = lines[i + 1];
                    return new Position(
                            i + 2, next.length() - next.stripLeading().length() + 1);
                }
            }
        }
        return new Position(ruleLine, 1);
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
