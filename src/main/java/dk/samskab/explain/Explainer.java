package dk.samskab.explain;

import dk.samskab.engine.Derived;
import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleBase;
import dk.samskab.loading.CaseFile;
import dk.samskab.model.Axis;
import dk.samskab.model.AxisPosition;
import dk.samskab.model.CitizenRole;
import dk.samskab.model.Codes;
import dk.samskab.model.Evidence;
import dk.samskab.model.Fact;
import dk.samskab.model.Strength;
import dk.samskab.model.TypeDefinition;
import dk.samskab.model.TypeRuledOut;
import dk.samskab.model.Warning;
import dk.samskab.rules.RuleInfo;
import dk.samskab.whatif.Counterfactuals;
import dk.samskab.whatif.UnknownFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link Explanation} of an {@link Outcome}: reads the conclusions and the rules' own metadata. */
public final class Explainer {

    private final Engine engine;
    private final RuleBase rules;
    private final Counterfactuals counterfactuals;

    /** An explainer that also asks what would change the result (re-running the rules on changed facts). */
    public Explainer(Engine engine) {
        this(engine, true);
    }

    /** With {@code whatIf} false, explanations leave out what would change the result: for bulk reports. */
    public Explainer(Engine engine, boolean whatIf) {
        this.engine = engine;
        this.rules = engine.rules();
        this.counterfactuals = whatIf ? new Counterfactuals(engine) : null;
    }

    public Explanation explain(CaseFile source, Outcome outcome) {
        Counterfactuals.WhatIf whatIf = counterfactuals == null
                ? new Counterfactuals.WhatIf(List.of(), List.of())
                : counterfactuals.analyse(source.facts(), outcome);
        List<UnknownFact> unknown = whatIf.unknownFacts();
        return new Explanation(
                source,
                outcome,
                because(outcome, outcome.classification()),
                axes(outcome),
                outcome.employeeRole()
                        .map(d -> new RoleView(d.fact().role(), d.fact().place(), List.of(because(outcome, d))))
                        .orElse(null),
                citizenRoles(outcome),
                warnings(outcome, unknown),
                whyNot(outcome),
                unknown,
                whatIf.flips(),
                counterfactuals != null,
                perceptions(outcome),
                Stamp.of(rules.sha256(), source.sha256()),
                outcome.firedRules().stream().sorted(rules.order()).toList());
    }

    /** Classifies and explains in one step. */
    public Explanation classifyAndExplain(CaseFile source) throws dk.samskab.engine.RuleFailure {
        return explain(source, engine.classify(source.facts()));
    }

    private List<AxisView> axes(Outcome outcome) {
        List<AxisView> axes = new ArrayList<>();
        String predictability = outcome.position(Axis.PREDICTABILITY.code())
                .map(d -> d.fact().pole())
                .orElse(null);
        for (Axis axis : Axis.values()) {
            List<AxisView.EvidenceView> evidence = new ArrayList<>();
            for (Derived<Evidence> e : inRuleOrder(outcome.evidence())) {
                Evidence fact = e.fact();
                if (fact.axis().equals(axis.code())) {
                    boolean counted = fact.onlyIn() == null || fact.onlyIn().equals(predictability);
                    evidence.add(new AxisView.EvidenceView(
                            fact.pole(), because(outcome, e), fact.strength(), fact.onlyIn(), counted));
                }
            }
            Optional<Derived<AxisPosition>> position = outcome.position(axis.code());
            axes.add(new AxisView(
                    axis,
                    position.map(d -> d.fact().pole()).orElse(null),
                    position.map(d -> because(outcome, d)).orElse(null),
                    evidence,
                    outcome.balance(axis.code()).orElse(null)));
        }
        return axes;
    }

    private List<RoleView> citizenRoles(Outcome outcome) {
        List<RoleView> roles = new ArrayList<>();
        for (String role : outcome.citizenRoles()) {
            List<Grounds> reasons = inRuleOrder(outcome.all(CitizenRole.class)).stream()
                    .filter(d -> d.fact().role().equals(role))
                    .map(d -> because(outcome, d))
                    .toList();
            roles.add(new RoleView(role, null, reasons));
        }
        return roles;
    }

    private List<WarningView> warnings(Outcome outcome, List<UnknownFact> unknown) {
        List<WarningView> warnings = new ArrayList<>();
        for (String code : Codes.WARNINGS) {
            List<Derived<Warning>> raised = outcome.all(Warning.class).stream()
                    .filter(d -> d.fact().code().equals(code))
                    .toList();
            for (String about : raised.stream()
                    .map(d -> d.fact().about())
                    .distinct()
                    .sorted(java.util.Comparator.comparing((String a) ->
                            a == null ? -1 : Axis.byCode(a).map(Enum::ordinal).orElse(99)))
                    .toList()) {
                List<Grounds> reasons = inRuleOrder(raised).stream()
                        .filter(d -> java.util.Objects.equals(d.fact().about(), about))
                        .map(d -> because(outcome, d))
                        .toList();
                warnings.add(
                        new WarningView(code, about, reasons, about == null ? List.of() : settling(unknown, about)));
            }
        }
        return warnings;
    }

    /**
     * The unknown facts with an answer that would settle {@code axis}: the facts a defining criterion reads first,
     * then those of characteristic and typical criteria, each group in the contract's order.
     */
    private List<UnknownFact> settling(List<UnknownFact> unknown, String axis) {
        List<UnknownFact> settling = new ArrayList<>();
        for (UnknownFact fact : unknown) {
            List<UnknownFact.Effect> effects = fact.effects().stream()
                    .filter(e -> e.positions().containsKey(axis)
                            && !Codes.UNDETERMINED.equals(e.positions().get(axis)))
                    .toList();
            if (!effects.isEmpty()) {
                settling.add(new UnknownFact(fact.fact(), effects));
            }
        }
        settling.sort(java.util.Comparator.comparingInt(f -> strongest(f.fact())));
        return settling;
    }

    /** The rank of the strongest criterion that reads {@code fact} (0 defining), after every strength when none does. */
    private int strongest(Fact fact) {
        int best = Strength.NAMES.size();
        for (RuleInfo rule : rules.rules()) {
            if (rule.strength() != null && rule.factsRead().contains(fact)) {
                int rank = Strength.NAMES.indexOf(rule.strength());
                if (rank >= 0) {
                    best = Math.min(best, rank);
                }
            }
        }
        return best;
    }

    private List<WhyNot> whyNot(Outcome outcome) {
        List<WhyNot> whyNot = new ArrayList<>();
        List<TypeDefinition> definitions = new ArrayList<>(outcome.typeDefinitions());
        definitions.sort(java.util.Comparator.comparing(d -> Codes.TYPES.indexOf(d.type())));
        for (TypeDefinition type : definitions) {
            if (type.type().equals(outcome.type())) {
                continue;
            }
            List<WhyNot.Unmet> unmet = outcome.all(TypeRuledOut.class).stream()
                    .map(Derived::fact)
                    .filter(out -> out.type().equals(type.type()))
                    .map(out -> new WhyNot.Unmet(Axis.byCode(out.axis()).orElseThrow(), out.needed(), out.actual()))
                    .sorted(java.util.Comparator.comparing(WhyNot.Unmet::axis))
                    .toList();
            whyNot.add(new WhyNot(type.type(), unmet, !outcome.isCoCreation()));
        }
        return whyNot;
    }

    private List<Perception> perceptions(Outcome outcome) {
        return outcome.facts().getPerceivedTypes().stream()
                .map(p -> new Perception(p.actor(), p.type(), p.type().equals(outcome.type())))
                .toList();
    }

    /** Conclusions in the order of the rules that drew them, whatever order Drools fired them in. */
    private <T> List<Derived<T>> inRuleOrder(List<Derived<T>> conclusions) {
        List<Derived<T>> sorted = new ArrayList<>(conclusions);
        sorted.sort(java.util.Comparator.comparing(Derived::rule, rules.order()));
        return sorted;
    }

    /** The rule behind a conclusion and the case facts it read. */
    private Grounds because(Outcome outcome, Derived<?> conclusion) {
        RuleInfo rule = rules.rule(conclusion.rule());
        List<FactValue> facts = new ArrayList<>();
        if (rule != null) {
            for (Fact fact : rule.factsRead()) {
                facts.add(new FactValue(fact, outcome.facts().get(fact)));
            }
        }
        return new Grounds(rule, facts);
    }
}
