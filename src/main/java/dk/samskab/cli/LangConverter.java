package dk.samskab.cli;

import dk.samskab.i18n.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang en|da}. */
final class LangConverter implements ITypeConverter<Lang> {

    @Override
    public Lang convert(String value) {
        return Lang.byCode(value).orElseThrow(() -> new TypeConversionException(String.join(", ", new Codes())));
    }

    /** The values {@code --lang} takes, for help and errors. */
    static final class Codes extends java.util.ArrayList<String> {
        Codes() {
            super(java.util.Arrays.stream(Lang.values()).map(Lang::code).toList());
        }
    }
}
