package dk.samskab.engine;

import dk.samskab.rules.RuleAnalysis;
import dk.samskab.rules.RuleCompiler;
import dk.samskab.rules.RuleInfo;
import dk.samskab.rules.RuleIntrospection;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** The compiled rules of one folder, built once per process, with what each rule says about itself. */
public final class RuleBase {

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
        RuleBase compiled = new RuleBase(kieBase, source, RuleIntrospection.describe(kieBase, source));
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
}
