package dk.samskab.bench;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.loading.CaseFile;
import dk.samskab.model.Case;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A quick in-process engine throughput, beside JMH's: {@code Throughput [warm-up CPU s] [rounds] [round CPU s]}
 * (defaults 15, 5, 2). Classifies the shipped scenarios' cases one after another on one thread, as {@link EngineBench}
 * does: in the engine's session for the thread, reset between cases, or with {@code -Dbench.freshSessions=true} in a
 * new session per case, as the engine did before; warms up until the thread has used the given CPU time, then measures
 * rounds of the given thread CPU time each. Prints the median of the rounds as cases per wall second and as cases
 * per CPU second of the measuring thread. The second figure is what the engine does when it has a core to itself:
 * when other processes share the machine, wall-clock throughput drops with the share of a core the thread gets,
 * while the work per CPU second changes much less.
 */
public final class Throughput {

    private static long sink;

    private Throughput() {}

    public static void main(String[] args) throws Exception {
        Home.quietLogging();
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 15;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double round = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        RuleBase rules = RuleBase.load(Home.rules());
        Engine engine = Boolean.getBoolean("bench.freshSessions") ? Engine.withFreshSessions(rules) : new Engine(rules);
        Case[] cases = Home.shippedScenarios().stream().map(CaseFile::facts).toArray(Case[]::new);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
        int next = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - cpuStart < (long) (warmup * 1e9)) {
            for (int k = 0; k < 100; k++) {
                sink += engine.classify(cases[next]).firedRules().size();
                next = next + 1 == cases.length ? 0 : next + 1;
            }
        }
        double[] perWall = new double[rounds];
        double[] perCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long count = 0;
            long wall0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long cpu;
            do {
                for (int k = 0; k < 100; k++) {
                    sink += engine.classify(cases[next]).firedRules().size();
                    next = next + 1 == cases.length ? 0 : next + 1;
                }
                count += 100;
                cpu = threads.getCurrentThreadCpuTime() - cpu0;
            } while (cpu < (long) (round * 1e9));
            long wall = System.nanoTime() - wall0;
            perWall[r] = count / (wall / 1e9);
            perCpu[r] = count / (cpu / 1e9);
        }
        System.out.printf(
                Locale.ROOT,
                "%.0f cases/s wall, %.0f cases per CPU second (medians of %d rounds; "
                        + "rounds: %s wall, %s per CPU s)%s%n",
                median(perWall),
                median(perCpu),
                rounds,
                list(perWall),
                list(perCpu),
                sink == 42 ? " " : "");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String list(double[] values) {
        return String.join(
                " ",
                Arrays.stream(values)
                        .mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
                        .toList());
    }
}
