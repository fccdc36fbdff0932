package dk.samskab.report;

import dk.samskab.engine.RuleInfo;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Messages;
import dk.samskab.model.Axis;
import java.util.List;
import java.util.stream.Collectors;

/** The words for the contract's codes in one language, from the message bundles. */
public final class Words {

    private final Lang lang;
    private final Messages messages;

    public Words(Lang lang) {
        this.lang = lang;
        this.messages = Messages.of(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The message bundle behind these words, for parts that word themselves (e.g. a replay's differences). */
    public Messages messages() {
        return messages;
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The type's name in this language, e.g. "Steered co-creation". */
    public String type(String code) {
        return messages.name("type", code);
    }

    /** The type's name in the article's Danish, whatever the report's language. */
    public static String danishType(String code) {
        return Messages.of(Lang.DA).name("type", code);
    }

    public static String englishType(String code) {
        return Messages.of(Lang.EN).name("type", code);
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
