package dk.samskab.interview;

import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleFailure;
import dk.samskab.explain.Explainer;
import dk.samskab.explain.Explanation;
import dk.samskab.explain.Relevance;
import dk.samskab.i18n.Messages;
import dk.samskab.loading.InputError;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.report.HtmlReport;
import dk.samskab.report.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out an interview screen from a state, and the files the user can take away. Keeps nothing between requests
 * but a small cache of which questions still matter for facts already seen (working that out classifies the case a
 * few hundred times), so going back and forth costs nothing; a restart loses only that.
 */
public final class Interviewer {

    private static final int CACHED_CASES = 256;

    private final Relevance relevance;
    private final Explainer briefly;
    private final Explainer fully;
    private final Engine engine;
    private final Map<Asked, Open> open = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Asked, Open> eldest) {
            return size() > CACHED_CASES;
        }
    };

    /** The facts known and answered "don't know": what decides which questions are still open. */
    private record Asked(Case facts, Set<Fact> dontKnow) {}

    /** The open questions that still matter. */
    private record Open(List<Fact> facts, boolean perceptions) {}

    public Interviewer(Engine engine) {
        this.engine = engine;
        this.relevance = new Relevance(engine);
        this.briefly = new Explainer(engine, false);
        this.fully = new Explainer(engine, true);
    }

    /** The screen for {@code state}: {@code asked} when the address asks for one, else where the state leads. */
    public Screen screen(InterviewState state, View asked) throws InputError, RuleFailure {
        if (state.actors().isEmpty()) {
            return new Screen(state, null, null, List.of(), new View.Actors(), null, null);
        }
        InterviewCase checked = InterviewCase.read(state);
        Outcome outcome = engine.classify(checked.facts());
        Explanation explanation = briefly.explain(checked.file(), outcome);
        Open still = open(checked);
        View view = asked != null
                ? asked
                : !still.facts().isEmpty()
                        ? new View.Question(still.facts().get(0), false)
                        : still.perceptions() && !state.perceptionsAsked() ? new View.Perceptions() : new View.Done();
        return new Screen(state, checked, explanation, still.facts(), view, null, null);
    }

    /** The case file, as the interview checked it. */
    public String caseFile(InterviewState state) throws InputError {
        return InterviewCase.read(state).yaml();
    }

    /** The case file with an {@code expect:} block holding today's result: a scenario to replay. */
    public String scenario(InterviewState state) throws InputError, RuleFailure {
        InterviewCase checked = InterviewCase.read(state);
        return CaseYaml.scenario(checked.yaml(), engine.classify(checked.facts()), Messages.of(state.lang()));
    }

    /** The full HTML report of the case, as {@code classify --format html} writes it. */
    public String report(InterviewState state) throws InputError, RuleFailure {
        InterviewCase checked = InterviewCase.read(state);
        return new HtmlReport(new Words(state.lang())).render(List.of(fully.classifyAndExplain(checked.file())));
    }

    private Open open(InterviewCase checked) throws RuleFailure {
        Asked key = new Asked(checked.facts(), checked.dontKnow());
        synchronized (open) {
            Open known = open.get(key);
            if (known != null) {
                return known;
            }
        }
        Open worked = new Open(
                relevance.factsThatMatter(checked.facts(), checked.dontKnow()),
                relevance.perceptionsMatter(checked.facts()));
        synchronized (open) {
            open.put(key, worked);
        }
        return worked;
    }
}
