package dk.samskab.interview;

import dk.samskab.engine.Outcome;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.ActorKind;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The case file an interview stands for, as YAML under the contract: this text is what the interview checks (by
 * reading it as any file is read) and what the user downloads. Every text the user typed is written double-quoted
 * and escaped, and a value is written bare only when it is one of the contract's codes, so nothing typed can change
 * the file's structure. Facts follow the contract's order; "don't know" answers are named in a comment.
 */
public final class CaseYaml {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> KINDS = Set.copyOf(ActorKind.codes());

    private CaseYaml() {}

    /** The case file of {@code state}. */
    public static String caseFile(InterviewState state) {
        MessageBundle messages = MessageBundle.of(state.lang());
        StringBuilder yaml = new StringBuilder();
        yaml.append("# ").append(messages.text("yaml.written-by")).append('\n');
        List<String> dontKnow = state.answers().stream()
                .filter(InterviewState.Answer::dontKnow)
                .map(InterviewState.Answer::fact)
                .filter(code -> Fact.byCode(code).isPresent())
                .toList();
        if (!dontKnow.isEmpty()) {
            yaml.append("# ")
                    .append(messages.text("yaml.dont-know", String.join(", ", dontKnow)))
                    .append('\n');
        }
        String title = title(state);
        yaml.append("id: ").append(quoted(id(title))).append('\n'); // bare, null would be no value
        yaml.append("title: ").append(quoted(title)).append('\n');
        if (state.perspectiveOf() != null) {
            yaml.append("perspective_of: ")
                    .append(quoted(state.perspectiveOf()))
                    .append('\n');
        }
        yaml.append("source: ")
                .append(quoted(messages.text("interview.source")))
                .append('\n');
        yaml.append("case:\n  actors:\n");
        for (InterviewState.ActorEntry actor : state.actors()) {
            yaml.append("    - { name: ")
                    .append(quoted(actor.name()))
                    .append(", kind: ")
                    .append(code(actor.kind(), KINDS))
                    .append(" }\n");
        }
        for (InterviewState.Answer answer : inContractOrder(state.answers())) {
            if (!answer.dontKnow()) {
                yaml.append("  ")
                        .append(key(answer.fact()))
                        .append(": ")
                        .append(value(answer))
                        .append('\n');
            }
        }
        if (!state.perceptions().isEmpty()) {
            yaml.append("  perceived_types:\n");
            for (InterviewState.Perception seen : state.perceptions()) {
                yaml.append("    - { actor: ")
                        .append(quoted(seen.actor()))
                        .append(", type: ")
                        .append(code(seen.type(), Set.copyOf(Codes.CO_CREATION_TYPES)))
                        .append(" }\n");
            }
        }
        return yaml.toString();
    }

    /** The case file with an {@code expect:} block that asks for exactly the result {@code outcome} has. */
    public static String scenario(String caseFile, Outcome outcome, MessageBundle messages) {
        Set<String> raised = outcome.warningCodes();
        List<String> absent =
                Codes.WARNINGS.stream().filter(w -> !raised.contains(w)).toList();
        return caseFile + "# " + messages.text("yaml.expect") + "\nexpect:\n  type: " + outcome.type()
                + "\n  warnings: " + list(raised) + "\n  absent_warnings: " + list(absent)
                + "\n  employee_role: "
                + outcome.employeeRole().map(d -> d.fact().role()).orElse("none")
                + "\n  citizen_roles: " + list(outcome.citizenRoles()) + "\n";
    }

    /** The process's name, or the interview's default name in its language. */
    public static String title(InterviewState state) {
        return state.title().isBlank() ? MessageBundle.of(state.lang()).text("interview.default-title") : state.title();
    }

    /** An id under the contract from a name: lower-case ASCII letters and digits joined by hyphens. */
    public static String id(String title) {
        String ascii = Normalizer.normalize(
                        title.toLowerCase(Locale.ROOT)
                                .replace("æ", "ae")
                                .replace("ø", "oe")
                                .replace("å", "aa"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String id = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "interview" : id;
    }

    private static List<InterviewState.Answer> inContractOrder(List<InterviewState.Answer> answers) {
        List<InterviewState.Answer> ordered = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            answers.stream().filter(a -> a.fact().equals(fact.code())).forEach(ordered::add);
        }
        answers.stream().filter(a -> Fact.byCode(a.fact()).isEmpty()).forEach(ordered::add);
        return ordered;
    }

    private static String value(InterviewState.Answer answer) {
        Optional<Fact> fact = Fact.byCode(answer.fact());
        if (fact.isEmpty()) {
            return quoted(answer.value());
        }
        return switch (fact.get().kind()) {
            case BOOLEAN ->
                answer.value().equals("true") || answer.value().equals("false")
                        ? answer.value()
                        : quoted(answer.value());
            case CHOICE -> code(answer.value(), Set.copyOf(fact.get().allowed()));
            case LIST ->
                answer.value().isEmpty()
                        ? "[]"
                        : "["
                                + List.of(answer.value().split(",", -1)).stream()
                                        .map(entry -> code(
                                                entry, Set.copyOf(fact.get().allowed())))
                                        .collect(Collectors.joining(", "))
                                + "]";
        };
    }

    private static String list(Iterable<String> codes) {
        List<String> written = new ArrayList<>();
        codes.forEach(written::add);
        return "[" + String.join(", ", written) + "]";
    }

    private static String key(String key) {
        return KEY.matcher(key).matches() ? key : quoted(key);
    }

    /** A contract code bare; anything else quoted, for the reader to refuse with its own message. */
    private static String code(String value, Set<String> codes) {
        return codes.contains(value) && CODE.matcher(value).matches() ? value : quoted(value);
    }

    /**
     * A YAML double-quoted scalar: backslash and quote escaped, and every character YAML does not print (controls,
     * line and paragraph separators, non-characters) written as an escape, so the text reads back exactly.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (printable(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static boolean printable(int c) {
        return (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
