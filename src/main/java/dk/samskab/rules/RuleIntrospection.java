package dk.samskab.rules;

import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleSource.RuleFile;
import dk.samskab.text.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What each compiled rule says about itself, read from Drools' model of it: its metadata, its phase, where it is
 * written, and which case facts its conditions read.
 */
public final class RuleIntrospection {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RuleIntrospection() {}

    /** Every rule of the compiled base, in file and line order, by name, with what it says about itself. */
    public static Map<String, RuleInfo> describe(KieBase kieBase, RuleSource source) {
        Map<RuleFile, Map<String, Position>> starts = new HashMap<>();
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                infos.add(describe((RuleImpl) rule, source, starts));
            }
        }
        infos.sort(Comparator.comparing((RuleInfo r) -> r.file().toString()).thenComparing(r -> r.at().line()));
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        infos.forEach(info -> byName.put(info.name(), info));
        return byName;
    }

    private static RuleInfo describe(RuleImpl rule, RuleSource source, Map<RuleFile, Map<String, Position>> starts) {
        Map<String, Object> meta = rule.getMetaData();
        String sourcePath =
                rule.getResource() == null ? null : rule.getResource().getSourcePath();
        RuleFile file = source.file(sourcePath).orElse(null);
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        collectFacts(rule.getLhs(), read);
        Path where = file == null ? Path.of("?") : source.folder().relativize(file.path());
        Position at = file == null
                ? null
                : starts.computeIfAbsent(file, RuleIntrospection::starts).get(rule.getName());
        return new RuleInfo(
                rule.getName(),
                where,
                at == null ? new Position(1, 1) : at,
                text(meta.get(RuleAnalysis.DESCRIPTION_EN)),
                text(meta.get(RuleAnalysis.DESCRIPTION_DA)),
                text(meta.get(RuleAnalysis.SECTION)),
                text(meta.get(RuleAnalysis.STRENGTH)),
                phaseOf(rule),
                List.copyOf(read));
    }

    /** The agenda group a rule runs in: its ruleflow-group or agenda-group, {@code MAIN} when it names none. */
    private static String phaseOf(RuleImpl rule) {
        String group = rule.getRuleFlowGroup();
        return group == null || group.isBlank() ? rule.getAgendaGroup() : group;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Where each rule of {@code file} begins, by name; the first of two rules with one name. */
    private static Map<String, Position> starts(RuleFile file) {
        Map<String, Position> starts = new HashMap<>();
        RuleAnalysis.headersOf(file).forEach(header -> starts.putIfAbsent(header.name(), header.at()));
        return starts;
    }

    /** The case facts a rule's conditions read: the properties of {@link Case} named in its patterns. */
    private static void collectFacts(RuleConditionElement element, Set<Fact> read) {
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            if (pattern.getObjectType() instanceof ClassObjectType type && type.getClassType() == Case.class) {
                for (Constraint constraint : pattern.getConstraints()) {
                    addFactsNamedIn(constraint.toString(), read);
                }
                for (Declaration declaration : pattern.getDeclarations().values()) {
                    addFactsNamedIn(String.valueOf(declaration.getExtractor()), read);
                }
                pattern.getListenedProperties().forEach(p -> addFactsNamedIn(p, read));
            }
            if (pattern.getSource() != null) {
                collectFacts(pattern.getSource(), read);
            }
        } else if (element instanceof GroupElement group) {
            group.getChildren().forEach(child -> collectFacts(child, read));
        } else if (element instanceof Accumulate accumulate) {
            for (RuleConditionElement nested : accumulate.getNestedElements()) {
                collectFacts(nested, read);
            }
        } else if (element instanceof From from) {
            for (Object nested : from.getNestedElements()) {
                collectFacts((RuleConditionElement) nested, read);
            }
        }
    }

    private static void addFactsNamedIn(String text, Set<Fact> read) {
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String name = m.group();
            if (name.startsWith("get") && name.length() > 3) {
                name = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            }
            Fact.byProperty(name).ifPresent(read::add);
        }
    }
}
