package dk.samskab.report.model;

import dk.samskab.explain.AxisView;
import dk.samskab.explain.Explanation;
import dk.samskab.explain.RoleView;
import dk.samskab.explain.WarningView;
import dk.samskab.i18n.Lang;
import dk.samskab.model.Axis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Words what the rules concluded: the type, the axes and their evidence, the roles and the warnings. */
final class Conclusions {

    private final Wording words;
    private final Reasons reasons;

    Conclusions(Wording words, Reasons reasons) {
        this.words = words;
        this.reasons = reasons;
    }

    TypeItem type(Explanation e) {
        String code = e.type();
        String name = words.type(code);
        String danish = Wording.type(Lang.DA, code);
        boolean coCreation = e.outcome().isCoCreation();
        String from = coCreation
                ? e.axes().stream()
                        .map(a -> words.axis(a.axis()) + ": " + words.pole(a.axis(), a.position()))
                        .collect(Collectors.joining(" · "))
                : words.text("html.actors") + ": "
                        + e.source().facts().getActors().stream()
                                .map(a -> a.name() + " (" + words.kind(a.kind()) + ")")
                                .collect(Collectors.joining(", "));
        return new TypeItem(
                code,
                name,
                Wording.type(Lang.EN, code),
                danish,
                name.equals(danish) ? null : danish,
                words.text("type-summary." + code),
                coCreation,
                from,
                reasons.of(e.typeBecause()));
    }

    AxisItem axis(AxisView axis) {
        Axis a = axis.axis();
        Map<String, Integer> counts = new LinkedHashMap<>();
        a.poles().forEach(pole -> counts.put(pole, axis.evidenceFor(pole).size()));
        List<AxisItem.Evidence> evidence = axis.evidence().stream()
                .map(item -> new AxisItem.Evidence(
                        item.pole(),
                        poleWithStrength(a, item),
                        side(axis, item),
                        reasons.of(item.because()),
                        item.strength(),
                        item.counted()))
                .toList();
        Map<String, Integer> weights = null;
        if (axis.balance() != null) {
            weights = new LinkedHashMap<>();
            weights.put(a.poles().get(0), axis.balance().first());
            weights.put(a.poles().get(1), axis.balance().second());
        }
        String positionName = words.pole(a, axis.position());
        String tally = tally(axis);
        return new AxisItem(
                a.code(),
                words.axis(a),
                axis.position(),
                positionName,
                axis.settled(),
                tally,
                counts,
                evidence,
                axis.settledBy() == null ? null : reasons.of(axis.settledBy()),
                words.axis(a) + ": " + positionName + " (" + tally + ")",
                axis.state(),
                weights);
    }

    /** "predictable (typical)", and when the evidence holds only in an unpredictable process, that too. */
    private String poleWithStrength(Axis a, AxisView.EvidenceView item) {
        String pole = words.pole(a, item.pole());
        String strength = item.strength() == null ? "" : words.messages().name("strength", item.strength());
        if (item.onlyIn() != null) {
            String only = words.text(
                    item.counted() ? "report.evidence-only-in" : "report.evidence-not-counted",
                    words.pole(Axis.PREDICTABILITY, item.onlyIn()));
            strength = strength.isEmpty() ? only : strength + "; " + only;
        }
        return strength.isEmpty() ? pole : pole + " (" + strength + ")";
    }

    private static String side(AxisView axis, AxisView.EvidenceView item) {
        return !axis.settled() || !item.counted() ? "open" : item.pole().equals(axis.position()) ? "for" : "against";
    }

    /** How the axis was settled, worded by the explanation layer ({@link AxisView#settling()}). */
    private String tally(AxisView axis) {
        return axis.settling().sentence(words.lang(), f -> reasons.fact(f).words());
    }

    WarningItem warning(WarningView w, String type) {
        List<Reason> because = reasons.of(w.because());
        Axis about = w.about() == null ? null : Axis.byCode(w.about()).orElse(null);
        return new WarningItem(
                w.code(),
                words.warning(w.code()),
                w.about(),
                about == null ? null : words.axis(about),
                String.join(" ", because.stream().map(Reason::text).toList()),
                because,
                w.settledBy().stream().map(f -> reasons.question(f, type)).toList());
    }

    Roles roles(Explanation e) {
        RoleView employee = e.employeeRole();
        Roles.Employee item = employee == null
                ? null
                : new Roles.Employee(
                        employee.role(),
                        words.employeeRole(employee.role()),
                        employee.place(),
                        words.place(employee.place()),
                        reasons.of(employee.because()));
        List<Roles.Citizen> citizens = e.citizenRoles().stream()
                .map(r -> new Roles.Citizen(r.role(), words.citizenRole(r.role()), reasons.of(r.because())))
                .toList();
        return new Roles(
                item,
                item == null ? words.text("report.no-employee-role") : item.roleName() + " — " + item.placeName(),
                citizens,
                citizens.isEmpty()
                        ? words.text("report.no-citizen-roles")
                        : citizens.stream().map(Roles.Citizen::name).collect(Collectors.joining(", ")));
    }
}
