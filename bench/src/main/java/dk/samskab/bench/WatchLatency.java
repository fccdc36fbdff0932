package dk.samskab.bench;

import dk.samskab.i18n.Lang;
import dk.samskab.replay.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code replay --watch}, from save to result: copies rules/ and scenarios/ to a temporary folder, starts the
 * watcher on them, then saves a rule file {@code N} times (default 10; a comment line appended, so the rules are
 * compiled again each time) and measures, for each save, the time until the watcher prints the new summary line.
 * Prints each time and the median. Usage: {@code WatchLatency [N]}.
 */
public final class WatchLatency {

    private WatchLatency() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path copy = Files.createTempDirectory("samskab-watch-");
        copyTree(Home.find().resolve("rules"), copy.resolve("rules"));
        copyTree(Home.find().resolve("scenarios"), copy.resolve("scenarios"));
        LinkedBlockingQueue<Long> summaries = new LinkedBlockingQueue<>();
        Writer sink = new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] text, int offset, int length) {
                for (int i = offset; i < offset + length; i++) {
                    if (text[i] == '\n') {
                        if (line.toString().contains("after the save")) {
                            summaries.add(System.nanoTime());
                        }
                        line.setLength(0);
                    } else {
                        line.append(text[i]);
                    }
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        AtomicBoolean watching = new AtomicBoolean(true);
        Watcher watcher =
                new Watcher(copy.resolve("rules"), copy.resolve("scenarios"), Lang.EN, new PrintWriter(sink, true));
        Thread thread = new Thread(() -> {
            try {
                watcher.run(watching::get);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        Thread.sleep(15_000);
        List<Long> millis = new ArrayList<>();
        Path rule = copy.resolve("rules/axes.drl");
        for (int i = 0; i < saves; i++) {
            long saved = System.nanoTime();
            Files.writeString(rule, "\n// save " + i + "\n", StandardOpenOption.APPEND);
            Long shown = summaries.poll(30, TimeUnit.SECONDS);
            if (shown == null) {
                throw new IllegalStateException("the watcher printed no result within 30 s of save " + i);
            }
            long took = TimeUnit.NANOSECONDS.toMillis(shown - saved);
            millis.add(took);
            System.out.println("save " + (i + 1) + ": " + took + " ms");
            Thread.sleep(1_000);
        }
        watching.set(false);
        thread.join();
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.println("median from save to result: " + sorted.get(sorted.size() / 2) + " ms (min " + sorted.get(0)
                + ", max " + sorted.get(sorted.size() - 1) + ", " + saves + " saves)");
        deleteTree(copy);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
