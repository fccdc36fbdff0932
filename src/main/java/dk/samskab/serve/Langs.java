package dk.samskab.serve;

import dk.samskab.i18n.Lang;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;

/** The language of an answer: {@code lang=} in the address, else the browser's Accept-Language, else the server's. */
final class Langs {

    private static final Pattern LANG = Pattern.compile("(?:^|&)lang=(da|en)(?:&|$)");

    private Langs() {}

    static Lang of(Request request, Lang otherwise) {
        String query = request.getHttpURI().getQuery();
        if (query != null) {
            Matcher m = LANG.matcher(query);
            if (m.find()) {
                return Lang.byCode(m.group(1)).orElse(otherwise);
            }
        }
        String accept = request.getHeaders().get("Accept-Language");
        if (accept != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    Optional<Lang> named = Lang.byCode(range.getRange().split("-")[0]);
                    if (named.isPresent()) {
                        return named.get();
                    }
                }
            } catch (IllegalArgumentException e) {
                // an unreadable Accept-Language names no language
            }
        }
        return otherwise;
    }
}
