package dk.samskab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
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

    @Test
    void englishAndDanishHaveTheSameMessages() {
        assertEquals(new TreeSet<>(Messages.of(Lang.EN).keys()), new TreeSet<>(Messages.of(Lang.DA).keys()));
    }

    @Test
    void englishAndDanishHaveTheSameHelp() {
        assertEquals(helpKeys(Locale.ENGLISH), helpKeys(Locale.forLanguageTag("da")));
    }

    @Test
    void danishLettersSurviveTheBundles() {
        assertEquals("Ansvarliggørende samskabelse", Messages.of(Lang.DA).name("type", "responsibilising"));
    }

    /** Numbers as arguments: they fill both plain and {@code {0,number,#}} placeholders. */
    @Test
    void noMessageHasAStrayQuoteThatMessageFormatWouldSwallow() {
        for (Lang lang : Lang.values()) {
            Messages messages = Messages.of(lang);
            ResourceBundle bundle = ResourceBundle.getBundle("dk.samskab.i18n.messages", lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : messages.keys()) {
                String text = messages.text(key, sampleArguments(bundle.getString(key), lang));
                assertFalse(PLACEHOLDER.matcher(text).find(), key + " left a placeholder: " + text);
            }
        }
    }

    /** "A", "B", … for each argument, and a number where the pattern formats the argument as one. */
    private static Object[] sampleArguments(String pattern, Lang lang) {
        Format[] formats = new MessageFormat(pattern, lang.locale()).getFormatsByArgumentIndex();
        Object[] arguments = new Object[4];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = i < formats.length && formats[i] instanceof NumberFormat ? (Object) (i + 1)
                    : String.valueOf((char) ('A' + i));
        }
        return arguments;
    }

    private static Set<String> helpKeys(Locale locale) {
        return new TreeSet<>(ResourceBundle.getBundle("dk.samskab.cli.help", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet());
    }
}
