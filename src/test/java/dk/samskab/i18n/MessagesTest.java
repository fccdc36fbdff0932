package dk.samskab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samskab.model.ActorKind;
import dk.samskab.model.Axis;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Everything a user reads exists in English and Danish. */
class MessagesTest {

    /** What MessageFormat leaves of a placeholder it could not fill: {@code {0}}, {@code {1,number,#}}, … */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    /**
     * Keys built at run time from a contract code: a missing one would show as the bare key (or the bare code), and no
     * test that only reads a page would notice.
     */
    @Test
    void everyMessageBuiltFromAContractCodeExistsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            keys.addAll(List.of(
                    "question." + fact.code(),
                    "interview.explain." + fact.code(),
                    "interview.section." + fact.code(),
                    "compare.fact." + fact.code()));
            if (fact.kind() != Fact.Kind.BOOLEAN) {
                fact.allowed().forEach(value -> keys.add("interview.value." + fact.code() + "." + value));
            }
        }
        for (ActorKind kind : ActorKind.values()) {
            keys.add("interview.kind." + kind.code());
        }
        for (Axis axis : Axis.values()) {
            keys.addAll(List.of("axis." + axis.code(), "why-not." + axis.code()));
            axis.poles().forEach(pole -> keys.add("pole." + axis.code() + "." + pole));
        }
        Codes.TYPES.forEach(code -> keys.add("type." + code));
        Codes.WARNINGS.forEach(code -> keys.add("warning." + code));
        Codes.EMPLOYEE_ROLES.forEach(code -> keys.add("employee-role." + code));
        Codes.CITIZEN_ROLES.forEach(code -> keys.add("citizen-role." + code));
        Codes.TABLE_PLACES.forEach(code -> keys.add("place." + code));
        for (Lang lang : Lang.values()) {
            MessageBundle messages = MessageBundle.of(lang);
            List<String> missing =
                    keys.stream().filter(key -> !messages.has(key)).toList();
            assertEquals(List.of(), missing, lang.code());
        }
    }

    @Test
    void englishAndDanishHaveTheSameMessages() {
        assertEquals(
                new TreeSet<>(MessageBundle.of(Lang.EN).keys()),
                new TreeSet<>(MessageBundle.of(Lang.DA).keys()));
    }

    @Test
    void englishAndDanishHaveTheSameHelp() {
        assertEquals(helpKeys(Locale.ENGLISH), helpKeys(Locale.forLanguageTag("da")));
    }

    @Test
    void danishLettersSurviveTheBundles() {
        assertEquals("Ansvarliggørende samskabelse", MessageBundle.of(Lang.DA).name("type", "responsibilising"));
    }

    /** Numbers as arguments: they fill both plain and {@code {0,number,#}} placeholders. */
    @Test
    void noMessageHasAStrayQuoteThatMessageFormatWouldSwallow() {
        for (Lang lang : Lang.values()) {
            MessageBundle messages = MessageBundle.of(lang);
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "dk.samskab.i18n.messages",
                    lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : messages.keys()) {
                String text = messages.text(key, sampleArguments(bundle.getString(key), lang));
                assertFalse(PLACEHOLDER.matcher(text).find(), key + " left a placeholder: " + text);
            }
        }
    }

    /**
     * "A", "B", … for each argument, and a number where the pattern formats the argument as one (every argument of a
     * pattern with a choice: the choice's texts may format any of them as a number).
     */
    private static Object[] sampleArguments(String pattern, Lang lang) {
        Format[] formats = new MessageFormat(pattern, lang.locale()).getFormatsByArgumentIndex();
        Object[] arguments = new Object[Math.max(4, formats.length)];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = (i < formats.length && formats[i] instanceof NumberFormat) || pattern.contains(",choice,")
                    ? (Object) (i + 1)
                    : String.valueOf((char) ('A' + i));
        }
        return arguments;
    }

    private static Set<String> helpKeys(Locale locale) {
        return new TreeSet<>(ResourceBundle.getBundle(
                        "dk.samskab.cli.help",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .keySet());
    }
}
