package dk.samskab.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * What the rules do to one case, as it happens: each fact a rule inserts (and takes back), with the rule; how often
 * each rule fired, in the order they first fired; and the rule firing now, to name it when its consequence fails.
 * One recorder serves one session after another: {@link #listenTo} starts a case, and the {@link Outcome} copies
 * what it needs, so the recorder is cleared for the next.
 */
final class Recorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final List<Derived<Object>> derived = new ArrayList<>();
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    private String firing;

    /** Forgets the last case and listens to {@code session}, whose own listeners a reset has removed. */
    void listenTo(KieSession session) {
        derived.clear();
        firings.clear();
        firing = null;
        session.addEventListener((RuleRuntimeEventListener) this);
        session.addEventListener((AgendaEventListener) this);
    }

    List<Derived<Object>> derived() {
        return derived;
    }

    /** Each rule that fired, with how often, in the order they first fired. */
    Map<String, Integer> firings() {
        return firings;
    }

    /** The rule whose consequence runs now, or {@code null} between firings. */
    String firing() {
        return firing;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            derived.add(new Derived<>(event.getObject(), event.getRule().getName()));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // a conclusion is a value: the rules insert new ones rather than change them
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object gone = event.getOldObject();
        derived.removeIf(d -> d.fact() == gone);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }
}
