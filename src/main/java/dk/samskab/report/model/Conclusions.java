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
                        item.pole(), words.pole(a, item.pole()), side(axis, item), reasons.of(item.because())))
                .toList();
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
                words.axis(a) + ": " + positionName + " (" + tally + ")");
    }

    private static String side(AxisView axis, AxisView.EvidenceView item) {
        return !axis.settled() ? "open" : item.pole().equals(axis.position()) ? "for" : "against";
    }

    /** "3 for, 1 against", or the count at each end when the axis is not settled. */
    private String tally(AxisView axis) {
        Axis a = axis.axis();
        String first = a.poles().get(0);
        String second = a.poles().get(1);
        if (axis.settled()) {
            String other = axis.position().equals(first) ? second : first;
            return words.text(
                    "report.tally",
                    axis.evidenceFor(axis.position()).size(),
                    axis.evidenceFor(other).size());
        }
        return words.text(
                "report.tally-even",
                axis.evidenceFor(first).size(),
                words.pole(a, first),
                axis.evidenceFor(second).size(),
                words.pole(a, second));
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
