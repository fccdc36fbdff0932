package dk.samskab.engine;

import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleAnalysis;
import dk.samskab.rules.RuleCompiler;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import dk.samskab.rules.RuleSource.RuleFile;
import dk.samskab.text.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
import org.kie.api.runtime.KieSession;

/** The compiled rules of one folder, built once per process, with what each rule says about itself. */
public final class RuleBase {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int KEPT = 4;
    private static final Map<String, RuleBase> COMPILED = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
            return size() > KEPT;
        }
    };

    private final KieBase kieBase;
    private final RuleSource source;
    private final Map<String, RuleInfo> rules;
    private final Comparator<String> order;

    private RuleBase(KieBase kieBase, RuleSource source, Map<String, RuleInfo> rules) {
        this.kieBase = kieBase;
        this.source = source;
        this.rules = rules;
        Map<String, Integer> index = new HashMap<>();
        rules.keySet().forEach(name -> index.put(name, index.size()));
        this.order = Comparator.comparing((String name) -> index.getOrDefault(name, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /** Reads and compiles every rule file below {@code folder}. */
    public static RuleBase load(Path folder) throws RuleProblems {
        return compile(RuleSource.read(folder));
    }

    /**
     * Compiles the rules with Drools' classic DRL compiler, which also gives the error positions. The compiled form
     * is kept for the few rule sets used last, so a caller that runs many commands in one process (the tests, the
     * fuzz test, the interview server) compiles unchanged rules once; any change to a rule file's name or text
     * compiles anew.
     */
    public static RuleBase compile(RuleSource source) throws RuleProblems {
        String key = source.folder().toAbsolutePath() + "\0" + source.sha256();
        synchronized (COMPILED) {
            RuleBase known = COMPILED.get(key);
            if (known != null) {
                return known;
            }
        }
        KieBase kieBase = RuleCompiler.compile(source);
        RuleBase compiled = new RuleBase(kieBase, source, describe(kieBase, source));
        synchronized (COMPILED) {
            COMPILED.put(key, compiled);
        }
        return compiled;
    }

    /** A rule base built elsewhere (the cache), with the rules' descriptions recorded when it was built. */
    public static RuleBase of(KieBase kieBase, RuleSource source, List<RuleInfo> rules) {
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        rules.forEach(rule -> byName.put(rule.name(), rule));
        return new RuleBase(kieBase, source, byName);
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** Every rule, in the order of its file and line. */
    public Collection<RuleInfo> rules() {
        return rules.values();
    }

    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    /**
     * Orders rule names as the rule files list them. Drools may fire rules of equal standing in another order
     * (the cached executable model does), so reports sort by this to say the same thing every time.
     */
    public Comparator<String> order() {
        return order;
    }

    public RuleSource source() {
        return source;
    }

    /** The rules whose consequence inserts a fact of the given type (e.g. {@code Classification}), in rule order. */
    public List<String> rulesThatInsert(String factType) {
        List<String> found = new ArrayList<>();
        for (RuleAnalysis.AnalysedRule rule : RuleAnalysis.of(source).rules()) {
            if (rule.inserts().stream().anyMatch(insert -> insert.type().equals(factType))) {
                found.add(rule.name());
            }
        }
        found.sort(order());
        return found;
    }

    /** The hash of the rule files, for a report's stamp. */
    public String sha256() {
        return source.sha256();
    }

    private static Map<String, RuleInfo> describe(KieBase kieBase, RuleSource source) {
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
                : starts.computeIfAbsent(file, RuleBase::starts).get(rule.getName());
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
