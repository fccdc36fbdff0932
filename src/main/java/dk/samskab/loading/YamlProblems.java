package dk.samskab.loading;

import dk.samskab.i18n.Message;
import java.util.Locale;

/** Turns the YAML parser's terse problem texts into plain words; the original stays for the unknown ones. */
final class YamlProblems {

    private YamlProblems() {
    }

    static Message explain(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
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
        if (p.contains("end of stream") || p.contains("end of the stream")) {
            return Message.of("load.unexpected-end");
        }
        if (p.contains("expected <block end>") || p.contains("expected <block")) {
            return Message.of("load.indentation");
        }
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return Message.of("load.flow-unclosed");
        }
        return Message.of("load.not-yaml", problem);
    }
}
