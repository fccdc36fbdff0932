package dk.samskab.engine;

import dk.samskab.loading.Position;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleCompiler;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import dk.samskab.rules.RuleSource.RuleFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
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
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
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
    private Map<String, String> consequences;

    private RuleBase(KieBase kieBase, RuleSource source) {
        this.kieBase = kieBase;
        this.source = source;
        this.rules = describe(kieBase, source);
    }

    /**
     * Reads and compiles every rule file below {@code folder}. The files are read every time; their compiled form
     * is kept for the few rule sets used last, so a caller that runs many commands in one process (the tests, the
     * fuzz test) compiles unchanged rules once. Any change to a rule file's name or text compiles anew.
     */
    public static RuleBase load(Path folder) throws RuleProblems {
        RuleSource source = RuleSource.read(folder);
        String key = folder + "\0" + source.sha256();
        synchronized (COMPILED) {
            RuleBase known = COMPILED.get(key);
            if (known != null) {
                return known;
            }
        }
        RuleBase compiled = new RuleBase(RuleCompiler.compile(source), source);
        synchronized (COMPILED) {
            COMPILED.put(key, compiled);
        }
        return compiled;
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

    public RuleSource source() {
        return source;
    }

    /**
     * The rules whose consequence (their {@code then} part) names {@code word} as a whole word, in rule order: the
     * rules that can insert a fact of that type. Read from the DRL text; rules in DSLR files are not searched.
     */
    public List<String> rulesWhoseConsequenceNames(String word) {
        Pattern named = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
        Map<String, String> then = consequences();
        return rules.keySet().stream().filter(rule -> then.containsKey(rule) && named.matcher(then.get(rule)).find())
                .toList();
    }

    private synchronized Map<String, String> consequences() {
        if (consequences == null) {
            Map<String, String> found = new LinkedHashMap<>();
            for (RuleFile file : source.files()) {
                if (!file.extension().equals("drl")) {
                    continue;
                }
                try {
                    DrlParser parser = new DrlParser();
                    PackageDescr descr = parser.parse(false, file.text());
                    if (descr != null) {
                        for (RuleDescr rule : descr.getRules()) {
                            found.put(rule.getName(), String.valueOf(rule.getConsequence()));
                        }
                    }
                } catch (DroolsParserException | RuntimeException e) {
                    // the file compiled, so it parses; if the parser still fails, its rules are not searched
                }
            }
            consequences = found;
        }
        return consequences;
    }

    /** The hash of the rule files, for a report's stamp. */
    public String sha256() {
        return source.sha256();
    }

    private static Map<String, RuleInfo> describe(KieBase kieBase, RuleSource source) {
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                infos.add(describe((RuleImpl) rule, source));
            }
        }
        infos.sort(Comparator.comparing((RuleInfo r) -> r.file().toString()).thenComparing(r -> r.at().line()));
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        infos.forEach(info -> byName.put(info.name(), info));
        return byName;
    }

    private static RuleInfo describe(RuleImpl rule, RuleSource source) {
        Map<String, Object> meta = rule.getMetaData();
        String sourcePath = rule.getResource() == null ? null : rule.getResource().getSourcePath();
        RuleFile file = source.files().stream().filter(f -> f.path().toString().equals(sourcePath)).findFirst()
                .orElse(null);
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        collectFacts(rule.getLhs(), read);
        Path where = file == null ? Path.of("?") : source.folder().relativize(file.path());
        return new RuleInfo(rule.getName(), where, lineOf(file, rule.getName()),
                text(meta.get(RuleInfo.DESCRIPTION_EN)), text(meta.get(RuleInfo.DESCRIPTION_DA)),
                text(meta.get(RuleInfo.SECTION)), List.copyOf(read));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Position lineOf(RuleFile file, String name) {
        if (file != null) {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("rule \"" + name + "\"") || line.startsWith("rule '" + name + "'")
                        || line.equals("rule " + name)) {
                    return new Position(i + 1, lines[i].indexOf("rule") + 1);
                }
            }
        }
        return new Position(1, 1);
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
