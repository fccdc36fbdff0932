package dk.samskab.engine;

import dk.samskab.i18n.Message;
import dk.samskab.model.Case;
import dk.samskab.model.Classification;
import dk.samskab.model.EmployeeRole;
import dk.samskab.model.PartyType;
import dk.samskab.model.Warning;
import dk.samskab.rules.Phase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Fires the rules on one case and collects what they conclude, running the {@link Phase}s in their order. The
 * engine keeps the sessions it has made and resets each after its case, which costs a fraction of building a new
 * one; a classification takes an idle session (or makes one when all are busy) and gives it back reset, so there
 * are as many as there were classifications at once, and they go with the engine when it is dropped (a rule reload).
 * Nothing of one case is left for the next, so one engine serves a whole replay, on as many threads as it likes.
 */
public final class Engine {

    /** Firings allowed for one case before the rules are taken to loop. A case needs well under a hundred. */
    public static final int FIRING_LIMIT = 10_000;

    private static final Phase[] PHASES = Phase.ofOneCase().toArray(Phase[]::new);

    private final RuleBase rules;
    private final boolean reuse;
    private final Deque<Reusable> idle = new ConcurrentLinkedDeque<>();

    /** A session and its recorder, kept from one case to the next. */
    private static final class Reusable {
        final KieSession session;
        final Recorder recorder = new Recorder();

        Reusable(KieSession session) {
            this.session = session;
        }
    }

    /** An engine that keeps its sessions and resets each between cases. */
    public Engine(RuleBase rules) {
        this(rules, true);
    }

    private Engine(RuleBase rules, boolean reuse) {
        this.rules = rules;
        this.reuse = reuse;
    }

    /**
     * An engine that starts every case in a new session and disposes of it afterwards: slower, and the reference
     * the reused sessions are held to (EngineEquivalenceTest).
     */
    public static Engine withFreshSessions(RuleBase rules) {
        return new Engine(rules, false);
    }

    public RuleBase rules() {
        return rules;
    }

    /**
     * Classifies one case; a defect of the rules is a {@link RuleFailure} naming the rules involved: a consequence
     * or a condition that throws, rules that keep firing, and no type or more than one.
     */
    public Outcome classify(Case facts) throws RuleFailure {
        if (!reuse) {
            return classify(facts, new Reusable(rules.newSession()), true);
        }
        Reusable idleOne = idle.pollFirst();
        return classify(facts, idleOne != null ? idleOne : new Reusable(rules.newSession()), false);
    }

    /**
     * Runs the phases on {@code facts} in {@code own}'s session. A fresh session is disposed of afterwards; a reused
     * one is reset and given back for the next case, or, after a failure, disposed of.
     */
    private Outcome classify(Case facts, Reusable own, boolean fresh) throws RuleFailure {
        boolean clean = false;
        Outcome outcome;
        try {
            fire(own.session, own.recorder, session -> {
                session.insert(facts);
                facts.getActors().forEach(session::insert);
                facts.getPerceivedTypes().forEach(session::insert);
                for (int i = PHASES.length - 1; i >= 0; i--) {
                    session.getAgenda().getAgendaGroup(PHASES[i].code()).setFocus();
                }
            });
            // copied before the session is given back: another thread may take it, and its recorder, at once
            outcome = new Outcome(
                    facts,
                    own.recorder.derived(),
                    List.copyOf(own.recorder.firings().keySet()));
            clean = true;
        } finally {
            if (fresh) {
                own.session.dispose();
            } else {
                recycle(own, clean);
            }
        }
        Failures.checkOneType(outcome.all(Classification.class), rules);
        Failures.checkAtMostOne(outcome.all(EmployeeRole.class));
        return outcome;
    }

    /**
     * Puts the facts in {@code session} ({@code load}), fires its rules with {@code recorder} listening, and turns
     * what goes wrong into a {@link RuleFailure} naming the rules involved: a consequence or a condition that
     * throws, or rules that keep firing.
     */
    private static void fire(KieSession session, Recorder recorder, Consumer<KieSession> load) throws RuleFailure {
        try {
            recorder.listenTo(session);
            load.accept(session);
            if (session.fireAllRules(FIRING_LIMIT) >= FIRING_LIMIT) {
                Map<String, Integer> firings = recorder.firings();
                List<String> involved = Failures.involved(firings);
                String counted = String.join(
                        "; ",
                        involved.stream()
                                .map(rule -> rule + " (" + firings.get(rule) + "×)")
                                .toList());
                throw new RuleFailure(Message.of("engine.keeps-firing", FIRING_LIMIT, counted), involved, null);
            }
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch() == null
                    ? recorder.firing()
                    : e.getMatch().getRule().getName();
            throw new RuleFailure(
                    Message.of("engine.consequence-failed", rule, Failures.describe(cause)), List.of(rule), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw Failures.failed(e, recorder.firing());
        }
    }

    /**
     * Readies a session for the next case: a reset, which keeps what Drools built for the rule base and drops the
     * facts, the agenda and the listeners, and back among the idle ones. A session that failed, or whose reset
     * fails, is disposed of, and a later case makes a new one.
     */
    private void recycle(Reusable own, boolean clean) {
        if (clean) {
            try {
                ((StatefulKnowledgeSessionImpl) own.session).reset();
                idle.offerFirst(own);
                return;
            } catch (RuntimeException e) {
                // fall through: a session that cannot be reset is not used again
            }
        }
        try {
            own.session.dispose();
        } catch (RuntimeException e) {
            // already broken; the next case starts a new session either way
        }
    }

    /**
     * Runs the phase {@link Phase#COMPARE} on the types the parties' own descriptions were given, one
     * {@link PartyType} per party, in a session of its own, and returns the warnings its rules raise, each with the
     * rule that raised it, in the order of the rule files.
     */
    public List<Derived<Warning>> compare(List<PartyType> parties) throws RuleFailure {
        KieSession compared = rules.newSession();
        Recorder recorder = new Recorder();
        try {
            fire(compared, recorder, session -> {
                parties.forEach(session::insert);
                session.getAgenda().getAgendaGroup(Phase.COMPARE.code()).setFocus();
            });
        } finally {
            compared.dispose();
        }
        List<Derived<Warning>> warnings = new ArrayList<>();
        for (Derived<Object> d : recorder.derived()) {
            if (d.fact() instanceof Warning warning) {
                warnings.add(new Derived<>(warning, d.rule()));
            }
        }
        warnings.sort(Comparator.comparing(Derived::rule, rules.order()));
        return warnings;
    }
}
