package dk.samskab.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages samskab speaks; {@code --lang en|da}. */
public enum Lang {
    EN(Locale.ENGLISH),
    DA(Locale.forLanguageTag("da"));

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language a code names, {@code en} or {@code da} in any case; empty for anything else. */
    public static Optional<Lang> byCode(String code) {
        return Arrays.stream(values())
                .filter(lang -> lang.code().equalsIgnoreCase(code))
                .findFirst();
    }
}
