package dk.samskab.explain;

import dk.samskab.engine.Outcome;
import dk.samskab.loading.CaseFile;
import dk.samskab.whatif.Flip;
import dk.samskab.whatif.UnknownFact;
import java.util.List;

/**
 * Everything a report says about one case, in codes and rules, not yet in words: the renderers in
 * {@code dk.samskab.report} put it into English or Danish. {@code whatIfAsked} is false when the unknown facts
 * and flips were not computed (bulk replay reports). {@code firedRules} are in the order of the rule files.
 */
public record Explanation(
        CaseFile source,
        Outcome outcome,
        Grounds typeBecause,
        List<AxisView> axes,
        RoleView employeeRole,
        List<RoleView> citizenRoles,
        List<WarningView> warnings,
        List<WhyNot> whyNot,
        List<UnknownFact> unknownFacts,
        List<Flip> flips,
        boolean whatIfAsked,
        List<Perception> perceptions,
        Stamp stamp,
        List<String> firedRules) {

    public Explanation {
        axes = List.copyOf(axes);
        citizenRoles = List.copyOf(citizenRoles);
        warnings = List.copyOf(warnings);
        whyNot = List.copyOf(whyNot);
        unknownFacts = List.copyOf(unknownFacts);
        flips = List.copyOf(flips);
        perceptions = List.copyOf(perceptions);
        firedRules = List.copyOf(firedRules);
    }

    public String type() {
        return outcome.type();
    }

    /** The view of {@code axis}. */
    public AxisView axis(dk.samskab.model.Axis axis) {
        return axes.stream().filter(a -> a.axis() == axis).findFirst().orElseThrow();
    }
}
