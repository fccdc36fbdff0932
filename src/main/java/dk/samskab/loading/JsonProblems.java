package dk.samskab.loading;

import dk.samskab.i18n.Message;
import dk.samskab.text.Quoted;
import dk.samskab.text.SourceText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's JSON problem texts into plain words; the original (abbreviated) stays for the unknown ones. */
final class JsonProblems {

    private static final Pattern UNEXPECTED =
            Pattern.compile("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\)", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'", Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'");

    private JsonProblems() {}

    static Message explain(String problem) {
        String p = problem == null ? "" : problem;
        Matcher m;
        if (p.startsWith("Unexpected end-of-input")) {
            return Message.of("load.unexpected-end");
        }
        if (p.startsWith("Illegal unquoted character")) {
            return Message.of("load.json-raw-control");
        }
        if (p.startsWith("Unrecognized character escape")) {
            return Message.of("load.unknown-escape");
        }
        if ((m = NON_STANDARD.matcher(p)).find()) {
            return Message.of("load.json-non-number", Quoted.abbreviate(m.group(1)));
        }
        if ((m = TOKEN.matcher(p)).find()) {
            return Message.of("load.json-word", Quoted.abbreviate(m.group(1)));
        }
        if ((m = CLOSE.matcher(p)).find()) {
            return Message.of("load.stray", m.group(1));
        }
        if ((m = UNEXPECTED.matcher(p)).find()) {
            String found = visible(m.group(1));
            if (p.contains("double-quote to start field name") && found.equals("}")) {
                return Message.of("load.json-trailing-comma", found);
            }
            if (p.contains("double-quote to start field name")) {
                return Message.of("load.json-key-quotes", found);
            }
            if (p.contains("comma to separate")) {
                return Message.of("load.json-comma", found);
            }
            if (p.contains("colon to separate")) {
                return Message.of("load.expected-colon");
            }
            return Message.of("load.json-unexpected", found);
        }
        return Message.of(
                "load.not-json",
                Quoted.abbreviate(p.lines().findFirst().orElse("").strip()));
    }

    /** The length of the word a problem is about when Jackson reports it at the word's end (NaN, Infinity), else 0. */
    static int unknownWordLength(String problem) {
        Matcher m = NON_STANDARD.matcher(problem == null ? "" : problem);
        return m.find() ? m.group(1).codePointCount(0, m.group(1).length()) : 0;
    }

    /** A character as it can be seen: an invisible one (a byte order mark, a space of some kind) as its code. */
    private static String visible(String character) {
        int c = character.isEmpty() ? ' ' : character.codePointAt(0);
        boolean invisible = Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
        return invisible ? SourceText.codeOf(c) : character;
    }
}
