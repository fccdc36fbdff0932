package dk.samskab.report;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.Axis;
import dk.samskab.report.model.Wording;
import dk.samskab.rules.RuleInfo;

/**
 * The words for the contract's codes in one language, for the parts outside the report model that word codes
 * themselves (the rule catalogue, a replay's differences, the interview); each defers to {@link Wording}.
 */
public final class CodeWords {

    private final Wording wording;

    public CodeWords(Lang lang) {
        this.wording = new Wording(lang);
    }

    public Lang lang() {
        return wording.lang();
    }

    /** The message bundle behind these words, for parts that word themselves (e.g. a replay's differences). */
    public MessageBundle messages() {
        return wording.messages();
    }

    public String text(String key, Object... args) {
        return wording.text(key, args);
    }

    public String type(String code) {
        return wording.type(code);
    }

    /** The type's name in the article's Danish, whatever the report's language. */
    public static String danishType(String code) {
        return Wording.type(Lang.DA, code);
    }

    public static String englishType(String code) {
        return Wording.type(Lang.EN, code);
    }

    public String axis(Axis axis) {
        return wording.axis(axis);
    }

    public String pole(Axis axis, String pole) {
        return wording.pole(axis, pole);
    }

    public String employeeRole(String code) {
        return wording.employeeRole(code);
    }

    public String place(String code) {
        return wording.place(code);
    }

    public String citizenRole(String code) {
        return wording.citizenRole(code);
    }

    public String warning(String code) {
        return wording.warning(code);
    }

    public String description(RuleInfo rule) {
        return wording.description(rule);
    }

    public String value(Object value) {
        return wording.value(value);
    }
}
