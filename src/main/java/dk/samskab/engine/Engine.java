package dk.samskab.engine;

import dk.samskab.i18n.Message;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Classification;
import dk.samskab.model.EmployeeRole;
import dk.samskab.model.PerceivedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Fires the rules on one case in a fresh session and collects what they conclude. Holds no state between cases,
 * so one engine serves a whole replay.
 */
public final class Engine {

    /** Firings allowed for one case before the rules are taken to loop. A case needs well under a hundred. */
    public static final int FIRING_LIMIT = 10_000;

    private final RuleBase rules;

    public Engine(RuleBase rules) {
        this.rules = rules;
    }

    public RuleBase rules() {
        return rules;
    }

    /** Classifies one case; a defect of the rules is a {@link RuleFailure} naming the rules involved. */
    public Outcome classify(Case facts) throws RuleFailure {
        KieSession session = rules.newSession();
        List<Derived<Object>> derived = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        Map<String, Integer> firings = new LinkedHashMap<>();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        derived.add(new Derived<>(event.getObject(), event.getRule().getName()));
                    }
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String name = event.getMatch().getRule().getName();
                    if (firings.merge(name, 1, Integer::sum) == 1) {
                        fired.add(name);
                    }
                }
            });
            session.insert(facts);
            for (Actor actor : facts.getActors()) {
                session.insert(actor);
            }
            for (PerceivedType perceived : facts.getPerceivedTypes()) {
                session.insert(perceived);
            }
            int count = session.fireAllRules(FIRING_LIMIT);
            if (count >= FIRING_LIMIT) {
                List<String> busiest = busiest(firings);
                throw new RuleFailure(Message.of("engine.keeps-firing", FIRING_LIMIT, String.join("; ", busiest)),
                        busiest, null);
            }
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            throw new RuleFailure(Message.of("engine.consequence-failed", rule, describe(cause)), List.of(rule), e);
        } finally {
            session.dispose();
        }
        Outcome outcome = new Outcome(facts, derived, fired, firings);
        checkSingle(outcome.all(Classification.class), "engine.no-type", "engine.several-types");
        checkAtMostOne(outcome.all(EmployeeRole.class));
        return outcome;
    }

    private static void checkSingle(List<? extends Derived<?>> types, String none, String several) throws RuleFailure {
        if (types.isEmpty()) {
            throw new RuleFailure(Message.of(none), List.of(), null);
        }
        if (types.size() > 1) {
            String found = String.join(", ", types.stream().map(d -> ((Classification) d.fact()).type()).toList());
            throw new RuleFailure(Message.of(several, found, String.join("; ", Outcome.rulesOf(types))),
                    Outcome.rulesOf(types), null);
        }
    }

    private static void checkAtMostOne(List<? extends Derived<?>> roles) throws RuleFailure {
        if (roles.size() > 1) {
            throw new RuleFailure(Message.of("engine.several-roles", String.join("; ", Outcome.rulesOf(roles))),
                    Outcome.rulesOf(roles), null);
        }
    }

    private static List<String> busiest(Map<String, Integer> firings) {
        return firings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(3).map(Map.Entry::getKey).toList();
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
