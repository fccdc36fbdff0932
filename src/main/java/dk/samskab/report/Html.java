package dk.samskab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping and small pieces every HTML renderer shares. Every text that reaches a page passes {@link #text}. */
public final class Html {

    private Html() {}

    /** Escapes text for an element's content or a quoted attribute: it shows as written and never runs. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A number for SVG coordinates: one decimal, a dot whatever the locale. */
    public static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A balance in [−1, 1] for a data attribute: two decimals. */
    public static String balance(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The first letter upper-cased, for a sentence or a question. */
    static String capitalised(String text, Locale locale) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** A resource beside {@code owner} (in its package) as UTF-8 text: a page's stylesheet or script. */
    public static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
