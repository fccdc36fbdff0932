package dk.samskab.engine;

import dk.samskab.i18n.Message;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Classification;
import dk.samskab.model.EmployeeRole;
import dk.samskab.model.PerceivedType;
import dk.samskab.rules.Phase;
import dk.samskab.text.Quoted;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Fires the rules on one case in a fresh session and collects what they conclude, running the {@link Phase}s in
 * their order. Holds no state between cases, so one engine serves a whole replay.
 */
public final class Engine {

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\" in ");
    private static final Pattern CONSTRAINT_IN_MESSAGE = Pattern.compile("Error evaluating constraint '(.*)' in \\[");

    /** Firings allowed for one case before the rules are taken to loop. A case needs well under a hundred. */
    public static final int FIRING_LIMIT = 10_000;

    private final RuleBase rules;

    public Engine(RuleBase rules) {
        this.rules = rules;
    }

    public RuleBase rules() {
        return rules;
    }

    /**
     * Classifies one case; a defect of the rules is a {@link RuleFailure} naming the rules involved: a consequence
     * or a condition that throws, rules that keep firing, and no type or more than one.
     */
    public Outcome classify(Case facts) throws RuleFailure {
        KieSession session = rules.newSession();
        List<Derived<Object>> derived = new ArrayList<>();
        Map<String, Integer> firings = new LinkedHashMap<>();
        String[] firing = new String[1];
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        derived.add(
                                new Derived<>(event.getObject(), event.getRule().getName()));
                    }
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    derived.removeIf(d -> d.fact() == event.getOldObject());
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    firing[0] = event.getMatch().getRule().getName();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firing[0] = null;
                    firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            session.insert(facts);
            for (Actor actor : facts.getActors()) {
                session.insert(actor);
            }
            for (PerceivedType perceived : facts.getPerceivedTypes()) {
                session.insert(perceived);
            }
            Phase[] phases = Phase.values();
            for (int i = phases.length - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases[i].code()).setFocus();
            }
            int count = session.fireAllRules(FIRING_LIMIT);
            if (count >= FIRING_LIMIT) {
                List<String> involved = involved(firings);
                String counted = String.join(
                        "; ",
                        involved.stream()
                                .map(rule -> rule + " (" + firings.get(rule) + "×)")
                                .toList());
                throw new RuleFailure(Message.of("engine.keeps-firing", FIRING_LIMIT, counted), involved, null);
            }
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule =
                    e.getMatch() == null ? firing[0] : e.getMatch().getRule().getName();
            throw new RuleFailure(Message.of("engine.consequence-failed", rule, describe(cause)), List.of(rule), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw failed(e, firing[0]);
        } finally {
            session.dispose();
        }
        Outcome outcome = new Outcome(facts, derived, List.copyOf(firings.keySet()));
        checkOneType(outcome.all(Classification.class));
        checkAtMostOne(outcome.all(EmployeeRole.class));
        return outcome;
    }

    /**
     * A failure that is not a consequence's own: a condition that throws while a case is matched (Drools names the
     * rule only in its message), or an error while a consequence ran.
     */
    private static RuleFailure failed(Throwable e, String firing) {
        if (firing != null) {
            return new RuleFailure(
                    Message.of("engine.consequence-failed", firing, describe(rootOf(e))), List.of(firing), e);
        }
        String text = String.valueOf(e.getMessage());
        List<String> named = new ArrayList<>();
        Matcher m = RULE_IN_MESSAGE.matcher(text);
        while (m.find()) {
            if (!named.contains(m.group(1))) {
                named.add(m.group(1));
            }
        }
        if (named.isEmpty()) {
            return new RuleFailure(Message.of("engine.rules-failed", describe(rootOf(e))), List.of(), e);
        }
        Matcher constraint = CONSTRAINT_IN_MESSAGE.matcher(text);
        String condition = constraint.find() ? constraint.group(1) : "?";
        return new RuleFailure(
                Message.of("engine.condition-failed", String.join("; ", named), condition, describe(rootOf(e))),
                named,
                e);
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private void checkOneType(List<Derived<Classification>> types) throws RuleFailure {
        if (types.isEmpty()) {
            List<String> able = rules.rulesThatInsert(Classification.class.getSimpleName());
            throw new RuleFailure(
                    able.isEmpty()
                            ? Message.of("engine.no-type-rule")
                            : Message.of("engine.no-type", String.join("; ", able)),
                    able,
                    null);
        }
        if (types.size() > 1) {
            String found =
                    String.join(", ", types.stream().map(d -> d.fact().type()).toList());
            throw new RuleFailure(
                    Message.of("engine.several-types", found, String.join("; ", Outcome.rulesOf(types))),
                    Outcome.rulesOf(types),
                    null);
        }
    }

    private static void checkAtMostOne(List<? extends Derived<?>> roles) throws RuleFailure {
        if (roles.size() > 1) {
            throw new RuleFailure(
                    Message.of("engine.several-roles", String.join("; ", Outcome.rulesOf(roles))),
                    Outcome.rulesOf(roles),
                    null);
        }
    }

    /**
     * The rules that kept firing: those that fired at least a tenth as often as the busiest one (a rule that fired
     * once on the way is not involved), busiest first, at most five.
     */
    private static List<String> involved(Map<String, Integer> firings) {
        int most = firings.values().stream().max(Integer::compare).orElse(0);
        return firings.entrySet().stream()
                .filter(e -> e.getValue() > 1 && e.getValue() * 10L >= most)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String first =
                message == null ? "" : message.lines().findFirst().orElse("").strip();
        return cause.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + Quoted.abbreviate(first));
    }
}
