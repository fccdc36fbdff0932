package dk.samskab.report.model;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.Axis;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleInfo;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words for the contract's codes in one language — types, axes and their ends, roles, warnings, facts and
 * their values — from the message bundles. The one place a report's words come from.
 */
public final class Wording {

    private final Lang lang;
    private final MessageBundle messages;

    public Wording(Lang lang) {
        this.lang = lang;
        this.messages = MessageBundle.of(lang);
    }

    public Lang lang() {
        return lang;
    }

    public MessageBundle messages() {
        return messages;
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The type's name in this language, e.g. "Steered co-creation". */
    public String type(String code) {
        return messages.name("type", code);
    }

    /** The type's name in {@code lang}, e.g. the article's Danish whatever the report's language. */
    public static String type(Lang lang, String code) {
        return MessageBundle.of(lang).name("type", code);
    }

    public String axis(Axis axis) {
        return messages.name("axis", axis.code());
    }

    public String pole(Axis axis, String pole) {
        return pole == null ? messages.text("axis.not-weighed") : messages.name("pole." + axis.code(), pole);
    }

    public String employeeRole(String code) {
        return messages.name("employee-role", code);
    }

    public String place(String code) {
        return messages.name("place", code);
    }

    public String citizenRole(String code) {
        return messages.name("citizen-role", code);
    }

    /** A warning's short title; its full message is the description of the rule that raised it. */
    public String warning(String code) {
        return messages.name("warning", code);
    }

    public String description(RuleInfo rule) {
        return rule == null ? "" : rule.description(lang);
    }

    /** The question that asks for a fact, e.g. "Who identified the problem?". */
    public String question(Fact fact) {
        return messages.text("question." + fact.code());
    }

    /** An actor's kind in words, e.g. "Municipality". */
    public String kind(String code) {
        return messages.name("interview.kind", code);
    }

    /** A fact's value in words, as the interview offers it: "Yes", "The municipality", "none of these". */
    public String answer(Fact fact, Object value) {
        if (value == null) {
            return messages.text("value.unknown");
        }
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? messages.text("interview.none")
                    : list.stream().map(v -> choice(fact, v)).collect(Collectors.joining(", "));
        }
        return value instanceof Boolean b ? messages.text(b ? "interview.yes" : "interview.no") : choice(fact, value);
    }

    private String choice(Fact fact, Object value) {
        return messages.name("interview.value." + fact.code(), String.valueOf(value));
    }

    /** A fact value as a case file writes it; {@code null} is "unknown". */
    public String value(Object value) {
        if (value == null) {
            return messages.text("value.unknown");
        }
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? "[]"
                    : list.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
