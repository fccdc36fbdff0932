package dk.samskab.bench;

import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.text.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case-file parse throughput, one thread, warm: {@code CaseReader.parse} (decode, YAML, strict checks, hash) of the
 * shipped scenarios' bytes, held in memory, one after another. The score is files per second; the
 * {@code read} variant also reads each file from disk (page cache) as replay does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ParseBench {

    private Path[] paths;
    private byte[][] bytes;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        List<Path> files = CaseFiles.below(Home.scenarios());
        paths = files.toArray(Path[]::new);
        bytes = new byte[paths.length][];
        for (int i = 0; i < paths.length; i++) {
            bytes[i] = Files.readAllBytes(paths[i]);
        }
    }

    @Benchmark
    public CaseFile parse() throws InputError {
        int i = next;
        next = i + 1 == paths.length ? 0 : i + 1;
        return CaseReader.parse(paths[i], bytes[i]);
    }

    @Benchmark
    public CaseFile read() throws InputError {
        int i = next;
        next = i + 1 == paths.length ? 0 : i + 1;
        return CaseReader.read(paths[i]);
    }
}
