package dk.samskab.rules;

import dk.samskab.rules.RuleSource.RuleFile;
import dk.samskab.text.Position;
import dk.samskab.text.SourceText;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;

/**
 * Reads the rule files as source, without compiling them: each rule's name, place, metadata, the patterns its
 * conditions match and the facts its consequence inserts; and each DSL sentence with the DRL it stands for.
 * {@link RuleLint} and the rule catalogue are built on it. A file Drools cannot parse is left out here; the
 * compiler reports it.
 */
public final class RuleAnalysis {

    /** {@code rule "name"}, {@code rule 'name'} or {@code rule name} at the start of a line. */
    private static final Pattern RULE_HEADER =
            Pattern.compile("(?m)^(\\s*)rule\\s+(?:\"([^\"]*)\"|'([^']*)'|([\\w$]+))");

    /** The metadata every rule carries, as {@code @description_en("…")} and so on. */
    public static final String DESCRIPTION_EN = "description_en";

    public static final String DESCRIPTION_DA = "description_da";
    public static final String SECTION = "section";
    /** A criterion's strength of evidence: {@code @strength("typical")}. */
    public static final String STRENGTH = "strength";

    /** A rule as written: {@code at} is its {@code rule "…"} line in {@code file}. */
    public record AnalysedRule(
            String name,
            RuleFile file,
            Position at,
            Map<String, String> metadata,
            Map<String, String> attributes,
            List<PatternUse> patterns,
            List<Insertion> inserts) {}

    /**
     * One pattern of a rule's conditions: the fact type, its constraint expressions, the line it is written on in
     * the rule's text (after DSL expansion), whether it stands under a {@code not} (the rule needs there to be no
     * such fact), and whether it matches the elements of a collection ({@code from}) rather than facts.
     */
    public record PatternUse(String type, List<String> constraints, int line, boolean negated, boolean fromSource) {

        /** The type's simple name: {@code dk.samskab.model.Evidence} → {@code Evidence}. */
        public String simpleType() {
            return type.substring(type.lastIndexOf('.') + 1);
        }
    }

    /** One fact a consequence inserts: its type and the literal codes among its arguments, in order. */
    public record Insertion(String type, List<String> literals, String arguments) {

        /** The arguments one by one, split at the commas between them (not those in quotes or parentheses). */
        public List<String> argumentList() {
            List<String> list = new ArrayList<>();
            int depth = 0;
            boolean quoted = false;
            int start = 0;
            for (int i = 0; i < arguments.length(); i++) {
                char c = arguments.charAt(i);
                if (c == '"' && (i == 0 || arguments.charAt(i - 1) != '\\')) {
                    quoted = !quoted;
                } else if (!quoted && (c == '(' || c == '[')) {
                    depth++;
                } else if (!quoted && (c == ')' || c == ']')) {
                    depth--;
                } else if (!quoted && depth == 0 && c == ',') {
                    list.add(arguments.substring(start, i).strip());
                    start = i + 1;
                }
            }
            if (!arguments.isBlank()) {
                list.add(arguments.substring(start).strip());
            }
            return list;
        }
    }

    /** One DSL sentence and what it expands to, with the line it is written on. */
    public record Sentence(RuleFile file, int line, String section, String sentence, String drl) {}

    /** A rule header as written, found by text (also in files Drools cannot parse). */
    public record Header(String name, RuleFile file, Position at) {}

    private final List<AnalysedRule> rules = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Header> headers = new ArrayList<>();

    private RuleAnalysis() {}

    public static RuleAnalysis of(RuleSource source) {
        RuleAnalysis analysis = new RuleAnalysis();
        DefaultExpander expander = new DefaultExpander();
        for (RuleFile file : source.files()) {
            if (file.extension().equals("dsl")) {
                analysis.readSentences(file);
                DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
                try {
                    if (mapping.parseAndLoad(new StringReader(file.text()))) {
                        expander.addDSLMapping(mapping.getMapping());
                    }
                } catch (IOException e) {
                    // a DSL file that cannot be read is reported by the compiler
                }
            }
        }
        for (RuleFile file : source.files()) {
            if (!file.extension().equals("dsl")) {
                analysis.headers.addAll(headersOf(file));
                String text = file.extension().equals("dslr") ? expander.expand(file.text()) : file.text();
                analysis.readRules(file, text);
            }
        }
        return analysis;
    }

    public List<AnalysedRule> rules() {
        return rules;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Header> headers() {
        return headers;
    }

    /** Where each rule of {@code file} begins, read from its text alone (no parsing, so it is cheap). */
    public static List<Header> headersOf(RuleFile file) {
        List<Header> found = new ArrayList<>();
        Matcher m = RULE_HEADER.matcher(file.text());
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            found.add(new Header(
                    name,
                    file,
                    SourceText.positionOf(file.text(), m.start() + m.group(1).length())));
        }
        return found;
    }

    private void readRules(RuleFile file, String text) {
        PackageDescr pkg;
        try {
            DrlParser parser = new DrlParser();
            pkg = parser.parse(false, text);
            if (pkg == null || parser.hasErrors()) {
                return;
            }
        } catch (DroolsParserException | RuntimeException e) {
            return;
        }
        for (RuleDescr rule : pkg.getRules()) {
            Position at = headers.stream()
                    .filter(h -> h.file() == file && h.name().equals(rule.getName()))
                    .map(Header::at)
                    .findFirst()
                    .orElse(new Position(Math.max(1, rule.getLine()), 1));
            rules.add(RuleDescriptions.describe(rule, file, at));
        }
    }

    private void readSentences(RuleFile file) {
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RuleSource.DSL_MAPPING.matcher(lines[i].strip());
            if (m.matches()) {
                sentences.add(new Sentence(
                        file, i + 1, m.group(1), m.group(2).strip(), m.group(3).strip()));
            }
        }
    }
}
