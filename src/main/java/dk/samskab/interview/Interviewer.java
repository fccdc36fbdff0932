package dk.samskab.interview;

import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleFailure;
import dk.samskab.explain.Explainer;
import dk.samskab.explain.Explanation;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.report.CodeWords;
import dk.samskab.report.HtmlReport;
import dk.samskab.text.InputError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out an interview screen from a state, and the files the user can take away. Keeps nothing between requests
 * but a small cache of the plans for facts already seen (working one out classifies the case a few thousand
 * times), so going back and forth costs nothing; a restart loses only that.
 */
public final class Interviewer {

    private static final int CACHED_CASES = 256;

    private final Planner planner;
    /** Each page explains without the what-if (the plan does that work); the downloaded report with it. */
    private final Explainer withoutWhatIf;

    private final Explainer withWhatIf;
    private final Engine engine;
    private final Map<Asked, Plan> plans = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Asked, Plan> eldest) {
            return size() > CACHED_CASES;
        }
    };

    /** What decides the plan: the facts known, those answered "don't know", and whether the parties were asked. */
    private record Asked(Case facts, Set<Fact> dontKnow, boolean perceptionsAsked) {}

    public Interviewer(Engine engine) {
        this.engine = engine;
        this.planner = new Planner(engine);
        this.withoutWhatIf = new Explainer(engine, false);
        this.withWhatIf = new Explainer(engine, true);
    }

    /** The rules this interviewer asks with. */
    public dk.samskab.engine.RuleBase rules() {
        return engine.rules();
    }

    /** The screen for {@code state}: {@code asked} when the address asks for one, else where the state leads. */
    public Screen screen(InterviewState state, View asked) throws InputError, RuleFailure {
        if (state.actors().isEmpty()) {
            return new Screen(state, null, null, null, new View.Actors(), null, null);
        }
        InterviewCase checked = InterviewCase.read(state);
        Outcome outcome = engine.classify(checked.facts());
        Explanation explanation = withoutWhatIf.explain(checked.file(), outcome);
        Plan plan = plan(checked);
        View view = asked != null ? asked : next(plan, state);
        return new Screen(state, checked, explanation, plan, view, null, null);
    }

    /**
     * Where a plan leads: the first question not optional, then how the parties see the process, then the optional
     * checks unless the analyst skipped them, then the end.
     */
    static View next(Plan plan, InterviewState state) {
        if (!plan.required().isEmpty()) {
            return new View.Question(plan.required().get(0), false);
        }
        if (plan.perceptions()) {
            return new View.Perceptions();
        }
        if (!plan.checks().isEmpty() && !state.checksSkipped()) {
            return new View.Question(plan.checks().get(0), false);
        }
        return new View.Done();
    }

    /** The case file, as the interview checked it. */
    public String caseFile(InterviewState state) throws InputError {
        return InterviewCase.read(state).yaml();
    }

    /** The case file with an {@code expect:} block holding today's result: a scenario to replay. */
    public String scenario(InterviewState state) throws InputError, RuleFailure {
        InterviewCase checked = InterviewCase.read(state);
        return CaseYaml.scenario(checked.yaml(), engine.classify(checked.facts()), MessageBundle.of(state.lang()));
    }

    /** The full HTML report of the case, as {@code classify --format html} writes it. */
    public String report(InterviewState state) throws InputError, RuleFailure {
        InterviewCase checked = InterviewCase.read(state);
        return new HtmlReport(new CodeWords(state.lang()))
                .render(List.of(withWhatIf.classifyAndExplain(checked.file())));
    }

    private Plan plan(InterviewCase checked) throws RuleFailure {
        Asked key =
                new Asked(checked.facts(), checked.dontKnow(), checked.state().perceptionsAsked());
        synchronized (plans) {
            Plan known = plans.get(key);
            if (known != null) {
                return known;
            }
        }
        Plan worked = planner.plan(
                checked.facts(), checked.dontKnow(), checked.state().perceptionsAsked());
        synchronized (plans) {
            plans.put(key, worked);
        }
        return worked;
    }
}
