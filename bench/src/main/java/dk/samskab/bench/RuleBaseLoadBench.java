package dk.samskab.bench;

import dk.samskab.engine.RuleBase;
import dk.samskab.rules.RuleProblems;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code RuleBase.load(rules/)} in a JVM that has already loaded the rules a few times: read the rule files and
 * build the KieBase, whatever {@code load} does (compile today; a cache hit if a cache is added inside it). The
 * first load in a fresh process is slower still (class loading, JIT): the whole-process figures of
 * {@code bench/run.sh} show that one.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(2)
public class RuleBaseLoadBench {

    private Path rules;

    @Setup(Level.Trial)
    public void setUp() {
        Home.quietLogging();
        rules = Home.rules();
    }

    @Benchmark
    public RuleBase load() throws RuleProblems {
        return RuleBase.load(rules);
    }
}
