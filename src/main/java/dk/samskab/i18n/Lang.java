package dk.samskab.i18n;

import java.util.Locale;

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

    /** Picks a rule's metadata text in this language: {@code description_en} or {@code description_da}. */
    public String suffix() {
        return "_" + code();
    }
}
