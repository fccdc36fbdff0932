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
            // A plain loop: a method reference here, in an argument to super(…), made JDK 17.0.15 crash on start-up
            // (SIGSEGV in load_shared_lambda_proxy_class) whenever the start-up archive held its lambda proxy.
            for (Lang lang : Lang.values()) {
                add(lang.code());
            }
        }
    }
}
