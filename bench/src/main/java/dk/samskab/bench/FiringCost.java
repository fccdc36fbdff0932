package dk.samskab.bench;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.loading.CaseFile;
import dk.samskab.model.Case;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * What Drools itself costs per rule firing on this machine, apart from samskab's rules: {@code FiringCost [N ...]}
 * (default 0 1 10 20 40 80). For each N, a rule base of N rules that each match the one fact of a case and insert one
 * new fact, nothing else: no joins, no phases, no listeners, classified in one session reset between cases as the
 * engine does. Prints the cases per CPU second of the measuring thread and the microseconds per case for each N, the
 * cost of one firing (the slope from the largest N), and beside it how many facts samskab's rules conclude per
 * shipped scenario. A classification costs at least the session's round trip plus one firing per conclusion, so
 * those two figures bound what any engine built on these rules can do per CPU second.
 */
public final class FiringCost {

    private static long sink;

    private FiringCost() {}

    public static void main(String[] args) throws Exception {
        Home.quietLogging();
        // UTF-8 whatever the locale says (bench/run.sh runs with LC_ALL=C): the figures say µs
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int[] sizes = args.length == 0
                ? new int[] {0, 1, 10, 20, 40, 80}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        double base = 0;
        double largest = 0;
        int largestN = 0;
        for (int n : sizes) {
            double perCase = microsPerCase(n);
            out.printf(
                    Locale.ROOT,
                    "%3d firings per case: %,9.0f cases per CPU second, %6.2f µs per case%n",
                    n,
                    1e6 / perCase,
                    perCase);
            if (n == 0) {
                base = perCase;
            }
            if (n > largestN) {
                largestN = n;
                largest = perCase;
            }
        }
        double perFiring = largestN == 0 ? 0 : (largest - base) / largestN;
        double conclusions = samskabConclusionsPerCase();
        out.printf(
                Locale.ROOT,
                "one firing: %.2f µs; a session round trip: %.2f µs; samskab's rules conclude %.1f facts per shipped"
                        + " scenario, so at these costs at most %,.0f classifications per CPU second%s%n",
                perFiring,
                base,
                conclusions,
                1e6 / (base + conclusions * perFiring),
                sink == 42 ? " " : "");
    }

    /** Microseconds of thread CPU per case for a rule base of {@code n} one-pattern, one-insert rules. */
    private static double microsPerCase(int n) {
        KieSession session = ruleBase(n).newKieSession();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 8; round++) {
            long count = 0;
            long cpu0 = threads.getCurrentThreadCpuTime();
            long cpu;
            do {
                for (int k = 0; k < 1000; k++) {
                    session.insert(1);
                    sink += session.fireAllRules();
                    ((StatefulKnowledgeSessionImpl) session).reset();
                }
                count += 1000;
                cpu = threads.getCurrentThreadCpuTime() - cpu0;
            } while (cpu < 500_000_000L);
            if (round >= 3) {
                best = Math.min(best, cpu / 1e3 / count);
            }
        }
        session.dispose();
        return best;
    }

    private static InternalKnowledgeBase ruleBase(int n) {
        StringBuilder drl = new StringBuilder("package floor;\n");
        for (int i = 0; i < n; i++) {
            drl.append("rule \"r")
                    .append(i)
                    .append("\" when Integer( intValue == 1 ) then insert( new StringBuilder(\"r")
                    .append(i)
                    .append("\") ); end\n");
        }
        if (n == 0) {
            drl.append("rule \"never\" when Integer( intValue == 2 ) then end\n");
        }
        Resource resource = KieServices.get()
                .getResources()
                .newByteArrayResource(drl.toString().getBytes(StandardCharsets.UTF_8), "UTF-8");
        resource.setSourcePath("floor/rules.drl");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(resource, ResourceType.DRL);
        if (builder.hasErrors()) {
            throw new IllegalStateException(builder.getErrors().toString());
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return base;
    }

    /** The facts samskab's rules conclude per shipped scenario, on average. */
    private static double samskabConclusionsPerCase() throws Exception {
        Engine engine = new Engine(RuleBase.load(Home.rules()));
        List<Case> cases = Home.shippedScenarios().stream().map(CaseFile::facts).toList();
        long conclusions = 0;
        for (Case facts : cases) {
            conclusions += engine.classify(facts).derived().size();
        }
        return conclusions / (double) cases.size();
    }
}
