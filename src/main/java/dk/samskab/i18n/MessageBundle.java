package dk.samskab.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one language, from {@code messages_<lang>.properties} (UTF-8). Patterns follow
 * {@link MessageFormat}; the bundles write apostrophes as ’ so that no quote needs escaping.
 */
public final class MessageBundle {

    private static final Map<Lang, MessageBundle> LOADED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final ResourceBundle bundle;

    private MessageBundle(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(
                "dk.samskab.i18n.messages",
                lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized MessageBundle of(Lang lang) {
        return LOADED.computeIfAbsent(lang, MessageBundle::new);
    }

    public Lang lang() {
        return lang;
    }

    /** The text for {@code key}, with {@code args} put in; a missing key shows as itself. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Message m ? format(m) : args[i];
        }
        return new MessageFormat(pattern, lang.locale()).format(rendered);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(Message message) {
        return text(message.key(), message.args().toArray());
    }

    /** The name of a contract code in this language, e.g. {@code type.steered}; the code itself if unnamed. */
    public String name(String group, String code) {
        String key = group + "." + code;
        return has(key) ? bundle.getString(key) : code;
    }

    /** The language's own key set, for tests that compare languages. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
