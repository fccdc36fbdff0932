package dk.samskab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Everything a user reads exists in English and Danish. */
class MessagesTest {

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

    @Test
    void noMessageHasAStrayQuoteThatMessageFormatWouldSwallow() {
        for (Lang lang : Lang.values()) {
            Messages messages = Messages.of(lang);
            for (String key : messages.keys()) {
                String text = messages.text(key, 1, 2, 3, 4);
                assertFalse(text.contains("{0}") || text.contains("{1}"), key + " left a placeholder: " + text);
            }
        }
    }

    private static Set<String> helpKeys(Locale locale) {
        return new TreeSet<>(ResourceBundle.getBundle("dk.samskab.cli.help", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet());
    }
}
