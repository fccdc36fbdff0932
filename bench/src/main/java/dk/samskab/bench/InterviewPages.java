package dk.samskab.bench;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.Lang;
import dk.samskab.interview.InterviewState;
import dk.samskab.interview.Interviewer;
import dk.samskab.interview.Screen;
import dk.samskab.interview.View;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The interview's page time on the server side: {@code InterviewPages [rounds] [folder]} (defaults 5 and
 * {@code scenarios/article}) walks each example as the interview's {@code Walk} does — the actors first, then each
 * question the interview asks, answered from the file (or "don't know"), then how the parties see it — and times
 * each {@code Interviewer.screen} call: the classification, the brief explanation and the plan of the questions that
 * still matter, everything a page needs but its HTML. Each round has a new interviewer, whose cache of plans is
 * empty, so every page is one a user sees for the first time. The first round warms up and is not counted; then the median,
 * p95 and maximum of every page of the other rounds, and the same per example. {@code -Dbench.freshSessions=true}
 * gives the interviewer an engine with a new session per classification, as before the sessions were reused.
 */
public final class InterviewPages {

    private InterviewPages() {}

    public static void main(String[] args) throws Exception {
        Home.quietLogging();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = args.length > 1 ? Path.of(args[1]) : Home.find().resolve("scenarios/article");
        RuleBase rules = RuleBase.load(Home.rules());
        Engine engine = Boolean.getBoolean("bench.freshSessions") ? Engine.withFreshSessions(rules) : new Engine(rules);
        List<CaseFile> examples = new ArrayList<>();
        for (Path file : CaseFiles.below(folder)) {
            examples.add(CaseReader.read(file));
        }
        List<Long> all = new ArrayList<>();
        List<List<Long>> each = new ArrayList<>();
        examples.forEach(e -> each.add(new ArrayList<>()));
        for (int r = 0; r <= rounds; r++) {
            // A new interviewer each round: it keeps the plans it worked out, and a page seen before costs nothing.
            Interviewer interviewer = new Interviewer(engine);
            for (int i = 0; i < examples.size(); i++) {
                List<Long> pages = walk(interviewer, examples.get(i));
                if (r > 0) {
                    all.addAll(pages);
                    each.get(i).addAll(pages);
                }
            }
        }
        for (int i = 0; i < examples.size(); i++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-40s %3d pages  median %6.2f ms  p95 %6.2f ms%n",
                    examples.get(i).id(),
                    each.get(i).size() / rounds,
                    quantile(each.get(i), 0.5),
                    quantile(each.get(i), 0.95));
        }
        System.out.printf(
                Locale.ROOT,
                "interview page, server side: median %.2f ms, p95 %.2f ms, max %.2f ms (%d pages: %d examples, %d rounds"
                        + " after one of warm-up)%n",
                quantile(all, 0.5),
                quantile(all, 0.95),
                quantile(all, 1.0),
                all.size(),
                examples.size(),
                rounds);
    }

    /** One walk through the interview; the time of each page's screen, in nanoseconds. */
    private static List<Long> walk(Interviewer interviewer, CaseFile file) throws Exception {
        Case whole = file.facts();
        InterviewState state = InterviewState.empty(Lang.EN).withTitle(file.title());
        for (Actor actor : whole.getActors()) {
            state = state.withActor(actor.name(), actor.kind());
        }
        List<Long> times = new ArrayList<>();
        for (int guard = 0; guard <= Fact.values().length + 2; guard++) {
            long t0 = System.nanoTime();
            Screen screen = interviewer.screen(state, null);
            times.add(System.nanoTime() - t0);
            View view = screen.view();
            if (view instanceof View.Question question) {
                Fact asked = question.fact();
                state = state.withAnswer(
                        asked.code(), whole.isKnown(asked) ? formValue(whole.get(asked)) : InterviewState.DONT_KNOW);
            } else if (view instanceof View.Perceptions) {
                List<InterviewState.Perception> seen = new ArrayList<>();
                for (PerceivedType p : whole.getPerceivedTypes()) {
                    seen.add(new InterviewState.Perception(p.actor(), p.type()));
                }
                state = state.withPerceptions(seen);
            } else {
                return times;
            }
        }
        throw new IllegalStateException(file.id() + ": the interview did not end");
    }

    private static String formValue(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
    }

    /** The q-quantile (nearest rank) of nanosecond times, in milliseconds. */
    private static double quantile(List<Long> nanos, double q) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(q * sorted.size()));
        return sorted.get(rank - 1) / 1e6;
    }
}
