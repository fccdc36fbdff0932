package dk.samskab.serve;

import dk.samskab.api.Samskab;
import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.interview.Interviewer;
import dk.samskab.rules.RuleProblem;
import dk.samskab.rules.RuleProblems;
import dk.samskab.rules.RuleSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The rules the server serves. A rule base is immutable and shared by every request; when the rule files change,
 * the new files are validated (compiled) in the background and, only when they are valid, replace the old rules
 * whole, so a request sees one rule set from start to end. Rules that do not validate are reported once and the
 * last good ones stay in service.
 */
public final class LiveRules implements AutoCloseable {

    /** The rule base being served and what is built on it: one immutable set, replaced whole. */
    public record Served(RuleBase rules, Interviewer interviewer, Samskab english, Samskab danish) {

        static Served of(RuleBase rules) {
            return of(rules, new Interviewer(new Engine(rules)));
        }

        static Served of(RuleBase rules, Interviewer interviewer) {
            Samskab samskab = Samskab.of(rules);
            return new Served(rules, interviewer, samskab, samskab.inLanguage("da"));
        }

        /** The Java API on these rules, with messages and words in {@code lang}. */
        public Samskab samskab(Lang lang) {
            return lang == Lang.DA ? danish : english;
        }

        /** The value of the {@code Samskab-Rules} header: {@code sha256:} and the hash of the rule files. */
        public String header() {
            return "sha256:" + rules.sha256();
        }
    }

    /** Rule files seen and refused: their hash and every problem, as {@code file:line:column: message}. */
    public record Refused(String sha256, List<String> problems) {}

    private final Path folder;
    private final Lang lang;
    private final PrintWriter log;
    private volatile Served current;
    private volatile Refused refused;
    private ScheduledExecutorService watcher;

    private LiveRules(Path folder, RuleBase first, Lang lang, PrintWriter log) {
        this(folder, Served.of(first), lang, log);
    }

    private LiveRules(Path folder, Served first, Lang lang, PrintWriter log) {
        this.folder = folder;
        this.lang = lang;
        this.log = log;
        this.current = first;
    }

    /** Always these rules. */
    public static LiveRules fixed(RuleBase rules) {
        return new LiveRules(null, rules, Lang.EN, null);
    }

    /** Always the rules {@code interviewer} asks with, and that interviewer (with the plans it already worked out). */
    public static LiveRules fixed(Interviewer interviewer) {
        RuleBase rules = interviewer.rules();
        return new LiveRules(null, Served.of(rules, interviewer), Lang.EN, null);
    }

    /**
     * These rules until the files in {@code folder} change, looked at every {@code every}; changes are reported
     * to {@code log} (or not at all, when {@code null}) in {@code lang}.
     */
    public static LiveRules watching(Path folder, RuleBase first, Duration every, Lang lang, PrintWriter log) {
        LiveRules live = new LiveRules(folder, first, lang, log);
        live.watcher = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "samskab-serve-rules");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        live.watcher.scheduleWithFixedDelay(live::check, millis, millis, TimeUnit.MILLISECONDS);
        return live;
    }

    public Served current() {
        return current;
    }

    /** The rule files last seen, when they did not validate (the rules in service are the earlier ones). */
    public Optional<Refused> refused() {
        return Optional.ofNullable(refused);
    }

    /** Reads the rule files; when they differ from those served, validates them and serves them if valid. */
    synchronized void check() {
        if (folder == null) {
            return;
        }
        MessageBundle messages = MessageBundle.of(lang);
        try {
            RuleSource source = RuleSource.read(folder);
            if (source.sha256().equals(current.rules().sha256())) {
                refused = null;
                return;
            }
            if (refused != null && source.sha256().equals(refused.sha256())) {
                return;
            }
            Served next = Served.of(RuleBase.compile(source));
            current = next;
            refused = null;
            say(messages.text("serve.rules-reloaded", next.header()), List.of());
        } catch (RuleProblems problems) {
            List<String> lines =
                    problems.problems().stream().map(p -> p.render(lang)).toList();
            String sha = hashOf(problems.problems());
            if (refused == null
                    || !refused.sha256().equals(sha)
                    || !refused.problems().equals(lines)) {
                refused = new Refused(sha, lines);
                say(messages.text("serve.rules-refused", current.header()), lines);
            }
        } catch (RuntimeException e) {
            say(messages.text("serve.rules-refused", current.header()), List.of(String.valueOf(e)));
        }
    }

    /** The hash of the files refused: read again, as compiling them failed after reading; else the problems'. */
    private String hashOf(List<RuleProblem> problems) {
        try {
            return RuleSource.read(folder).sha256();
        } catch (RuleProblems unreadable) {
            return "unreadable:" + problems.hashCode();
        }
    }

    private void say(String line, List<String> more) {
        if (log != null) {
            synchronized (log) {
                log.println(line);
                more.forEach(problem -> log.println("  " + problem));
                log.flush();
            }
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
