package dk.samskab.bench;

import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleBase;
import dk.samskab.engine.RuleFailure;
import dk.samskab.loading.CaseFile;
import dk.samskab.model.Case;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine throughput, one thread, warm: {@code Engine.classify} on one case after another in the engine's session for
 * the thread, reset between cases (as replay does), cycling through a fixed set of cases. The score is cases per
 * second.
 *
 * <p>{@code cases=shipped} cycles through the 30 shipped scenarios' cases (the figure); {@code cases=varied}
 * through 1,000 cases made in memory by {@link GenerateScenarios} (seed 1), the mix a generated replay sees.
 *
 * <p>Drools warms up slowly (MVEL constraints are compiled after a number of evaluations, then C2 compiles the
 * network): on 2 vCPU the score still climbs after 10–20 s, hence 10 × 2 s of warm-up.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EngineBench {

    @Param({"shipped", "varied"})
    public String cases;

    private Engine engine;
    private Case[] facts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Home.quietLogging();
        engine = new Engine(RuleBase.load(Home.rules()));
        List<CaseFile> shipped = Home.shippedScenarios();
        if (cases.equals("shipped")) {
            facts = shipped.stream().map(CaseFile::facts).toArray(Case[]::new);
        } else {
            GenerateScenarios generator = new GenerateScenarios(engine, shipped, 1L);
            facts = new Case[1000];
            for (int i = 0; i < facts.length; i++) {
                facts[i] = generator.next(i).facts();
            }
        }
    }

    @Benchmark
    public Outcome classify() throws RuleFailure {
        Case c = facts[next];
        next = next + 1 == facts.length ? 0 : next + 1;
        return engine.classify(c);
    }
}
