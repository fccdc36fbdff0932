package dk.samskab.loading;

import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import dk.samskab.i18n.Message;
import dk.samskab.text.InputError;
import dk.samskab.text.Position;
import dk.samskab.text.Quoted;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the YAML parser's terse problem texts into plain words; the original stays for the unknown ones. */
final class YamlProblems {

    private static final Pattern NODE_CONTENT = Pattern.compile("expected the node content, but found '(.)'");
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start");

    private YamlProblems() {}

    static Message explain(String problem) {
        return explain(problem, null, null);
    }

    /**
     * {@code context} is what the parser was reading ("while parsing a flow sequence"), begun at {@code openedAt};
     * naming where an unclosed list or quote began helps more than the place where the parser gave up.
     */
    static Message explain(String problem, String context, Position openedAt) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        String c = context == null ? "" : context.toLowerCase(Locale.ROOT);
        if (openedAt != null
                && c.contains("quoted scalar")
                && (p.contains("end of stream") || p.contains("end of the stream"))) {
            return Message.of("load.quote-unclosed", openedAt.line(), openedAt.column());
        }
        if (openedAt != null && c.contains("flow sequence") && !p.contains("tab")) {
            return Message.of("load.list-unclosed", openedAt.line(), openedAt.column());
        }
        if (openedAt != null && c.contains("flow mapping") && !p.contains("tab")) {
            return Message.of("load.map-unclosed", openedAt.line(), openedAt.column());
        }
        if (p.contains("\\t") || p.contains("tab")) {
            return Message.of("load.tab");
        }
        if (p.contains("special characters are not allowed") || p.contains("control")) {
            return Message.of("load.control-character");
        }
        if (p.contains("mapping values are not allowed")) {
            return Message.of("load.mapping-value-here");
        }
        if (p.contains("could not find expected ':'")) {
            return Message.of("load.expected-colon");
        }
        if (p.contains("end of stream") || p.contains("end of the stream") || p.contains("'<stream end>'")) {
            return Message.of("load.unexpected-end");
        }
        Matcher found = NODE_CONTENT.matcher(problem == null ? "" : problem);
        if (found.find()) {
            return Message.of("load.stray", found.group(1));
        }
        if (p.contains("sequence entries are not allowed here")) {
            return Message.of("load.list-entry-here");
        }
        if (p.contains("mapping keys are not allowed here")) {
            return Message.of("load.cannot-start", "?");
        }
        if (p.contains("expected chomping or indentation indicators")
                || p.contains("expected a comment or a line break")) {
            return Message.of("load.block-indicator");
        }
        if (p.contains("unexpected document separator")) {
            return Message.of("load.document-separator");
        }
        if (p.contains("expected a field name") || p.contains("expected a scalar value")) {
            return Message.of("load.complex-key");
        }
        if (p.contains("expected alphabetic or numeric character")) {
            return Message.of("load.bad-anchor-name");
        }
        if (p.contains("expected '<document start>'")) {
            return Message.of("load.document-start");
        }
        if (p.contains("expected <block end>") || p.contains("expected <block")) {
            if (p.contains("found ','")) {
                return Message.of("load.stray", ",");
            }
            if (p.contains("found ']'") || p.contains("found '}'")) {
                return Message.of("load.stray", p.contains("found ']'") ? "]" : "}");
            }
            return Message.of("load.indentation");
        }
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return Message.of("load.flow-unclosed");
        }
        Matcher m = CANNOT_START.matcher(problem == null ? "" : problem);
        if (m.find()) {
            return Message.of("load.cannot-start", m.group(1));
        }
        if (p.contains("base64")) {
            return Message.of("load.tag", "!!binary");
        }
        if (p.contains("found unknown escape character")) {
            return Message.of("load.unknown-escape");
        }
        return Message.of("load.not-yaml", Quoted.abbreviate(firstLine(problem)));
    }

    /**
     * Whether the parser gave up on a key ({@code could not find expected ':'} while scanning a simple key) because
     * it is longer than YAML lets a key be, rather than because its colon is missing: the key begins at
     * {@code keyAt} and the parser stopped more than {@code limit} characters further on the same line.
     */
    static boolean isKeyTooLong(String problem, String context, Position keyAt, Position stoppedAt, int limit) {
        return stoppedAt != null
                && String.valueOf(context).contains("simple key")
                && String.valueOf(problem).contains("could not find expected ':'")
                && stoppedAt.line() == keyAt.line()
                && stoppedAt.column() - keyAt.column() > limit;
    }

    /** A tab where the parser stopped, explained by what stands before it on its line ({@code before}). */
    static Message tab(String before) {
        String written = before.stripTrailing();
        if (written.isEmpty() || written.matches("[\\s-]*")) {
            return Message.of("load.tab");
        }
        return Message.of(written.endsWith(":") ? "load.tab-after-colon" : "load.tab-in-line");
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }

    /** The YAML parser's error as an error at the place a writer looks, in plain words. */
    static InputError error(Path file, String text, MarkedYAMLException e) {
        var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position at = mark == null ? null : new Position(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? e.getOriginalMessage() : e.getProblem();
        var opened = e.getContextMark();
        Position openedAt = opened == null || e.getProblemMark() == null
                ? null
                : new Position(opened.getLine() + 1, opened.getColumn() + 1);
        if (openedAt != null && YamlProblems.isKeyTooLong(problem, e.getContext(), openedAt, at, YAML_KEY_LENGTH)) {
            return new InputError(file, openedAt, Message.of("load.key-too-long", YAML_KEY_LENGTH));
        }
        Message explained = YamlProblems.explain(problem, e.getContext(), openedAt);
        if (explained.key().equals("load.tab") && at != null) {
            explained = YamlProblems.tab(before(text, at));
        }
        return new InputError(file, at, explained);
    }

    /** The longest key YAML reads without {@code ?}: an implicit key is at most 1,024 characters. */
    private static final int YAML_KEY_LENGTH = 1_024;

    /** What stands on the line of {@code at} before its column. */
    private static String before(String text, Position at) {
        String line = text.lines().skip(at.line() - 1L).findFirst().orElse("");
        int end = Math.min(at.column() - 1, line.codePointCount(0, line.length()));
        return line.substring(0, line.offsetByCodePoints(0, Math.max(0, end)));
    }
}
