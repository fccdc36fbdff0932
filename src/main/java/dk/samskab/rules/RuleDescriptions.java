package dk.samskab.rules;

import dk.samskab.rules.RuleSource.RuleFile;
import dk.samskab.text.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A rule as Drools' parser sees it, read for what samskab shows of it: its metadata, the patterns its condition
 * matches (and whether under a {@code not}) and the facts its consequence inserts.
 */
final class RuleDescriptions {

    private static final Pattern INSERT = Pattern.compile("new\\s+([A-Z]\\w*)\\s*\\(([^;]*?)\\)\\s*\\)\\s*;");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    private RuleDescriptions() {}

    /** A parsed rule's metadata, patterns and insertions, placed at {@code at} in {@code file}. */
    static RuleAnalysis.AnalysedRule describe(RuleDescr rule, RuleFile file, Position at) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            Object value = annotation.getSingleValueStripped();
            metadata.put(annotation.getName(), value == null ? null : unquote(value.toString()));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        rule.getAttributes().forEach((name, attribute) -> attributes.put(name, attribute.getValue()));
        List<RuleAnalysis.PatternUse> patterns = new ArrayList<>();
        walk(rule.getLhs(), patterns, false);
        return new RuleAnalysis.AnalysedRule(
                rule.getName(),
                file,
                at,
                metadata,
                attributes,
                patterns,
                inserts(String.valueOf(rule.getConsequence())));
    }

    /** The facts a consequence inserts, read from its text: {@code insert( new Evidence( "…", "…" ) );}. */
    static List<RuleAnalysis.Insertion> inserts(String consequence) {
        List<RuleAnalysis.Insertion> inserts = new ArrayList<>();
        Matcher m = INSERT.matcher(consequence);
        while (m.find()) {
            List<String> literals = new ArrayList<>();
            Matcher literal = LITERAL.matcher(m.group(2));
            while (literal.find()) {
                literals.add(literal.group(1));
            }
            inserts.add(
                    new RuleAnalysis.Insertion(m.group(1), literals, m.group(2).strip()));
        }
        return inserts;
    }

    private static void walk(BaseDescr descr, List<RuleAnalysis.PatternUse> out, boolean negated) {
        if (descr instanceof PatternDescr pattern) {
            List<String> constraints = new ArrayList<>();
            for (BaseDescr constraint : pattern.getDescrs()) {
                collect(constraint, constraints);
            }
            boolean from = pattern.getSource() instanceof FromDescr;
            out.add(new RuleAnalysis.PatternUse(
                    pattern.getObjectType(), constraints, pattern.getLine(), negated, from));
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                if (accumulate.getInput() != null) {
                    walk(accumulate.getInput(), out, negated);
                }
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            boolean not = negated != (descr instanceof NotDescr);
            for (BaseDescr child : element.getDescrs()) {
                walk(child, out, not);
            }
        }
    }

    private static void collect(BaseDescr constraint, List<String> out) {
        if (constraint instanceof ExprConstraintDescr expression) {
            out.add(expression.getExpression());
        } else if (constraint instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect(child, out));
        } else if (constraint != null && constraint.getText() != null) {
            out.add(constraint.getText());
        }
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
