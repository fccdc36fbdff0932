package dk.samskab.rules;

import dk.samskab.i18n.Message;
import dk.samskab.rules.RuleSource.RuleFile;
import dk.samskab.text.Position;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;

/**
 * A DSL file read as Drools reads it, before the compiler does: a mapping Drools cannot read (a sentence that is not
 * a valid pattern, say) is then reported at its own line. The compiler would report it at the rules folder, followed
 * by a "no mapping" for every sentence of every rule.
 */
final class DslMappings {

    private static final String DROOLS_PREFIX = "Error parsing DSL mapping: ";

    private DslMappings() {}

    /** The first mapping in {@code file} that Drools cannot read, if there is one. */
    static Optional<RuleProblem> problem(RuleFile file) {
        List<String> errors = errorsIn(file.text());
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = file.text().split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<String> here = errorsIn(lines[i]);
            if (!here.isEmpty()) {
                return Optional.of(problem(file, new Position(i + 1, 1), here.get(0), errors));
            }
        }
        return Optional.of(problem(file, null, errors.get(0), errors));
    }

    private static RuleProblem problem(RuleFile file, Position at, String error, List<String> all) {
        return new RuleProblem(
                file.path(),
                at,
                Message.of(
                        "rules.dsl-unreadable",
                        error.startsWith(DROOLS_PREFIX) ? error.substring(DROOLS_PREFIX.length()) : error),
                String.join("\n", all));
    }

    /** What Drools says of a DSL text; ANTLR's own lines on stderr, which repeat it, are kept from the terminal. */
    private static List<String> errorsIn(String text) {
        DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
        synchronized (DslMappings.class) {
            PrintStream err = System.err;
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            try {
                mapping.parseAndLoad(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringReader does not fail
            } finally {
                System.setErr(err);
            }
        }
        return mapping.getErrors().stream()
                .map(e -> String.valueOf(e.getMessage())
                        .lines()
                        .findFirst()
                        .orElse("")
                        .strip())
                .toList();
    }
}
