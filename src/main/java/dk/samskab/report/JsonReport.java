package dk.samskab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samskab.engine.RuleInfo;
import dk.samskab.explain.AxisView;
import dk.samskab.explain.Because;
import dk.samskab.explain.Explanation;
import dk.samskab.explain.FactValue;
import dk.samskab.explain.Flip;
import dk.samskab.explain.RoleView;
import dk.samskab.explain.UnknownFact;
import dk.samskab.explain.WarningView;
import dk.samskab.explain.WhyNot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON for programs: the contract's keys ({@code id}, {@code type}, {@code employee_role},
 * {@code citizen_roles}, {@code warnings}, {@code axes}, {@code explanation}) and more, in a fixed order, with no
 * timestamp: the same file classified twice gives the same bytes.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Words words;

    public JsonReport(Words words) {
        this.words = words;
    }

    /** One object for one case; an array for several. */
    public String render(List<Explanation> explanations) {
        Object tree = explanations.size() == 1
                ? tree(explanations.get(0))
                : explanations.stream().map(this::tree).toList();
        return write(tree);
    }

    public static String write(Object tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree is always serialisable", e);
        }
    }

    /** The report of one case as ordered maps and lists. */
    public Map<String, Object> tree(Explanation e) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", e.source().id());
        report.put("title", e.source().title());
        report.put("file", e.source().path().toString().replace('\\', '/'));
        report.put("type", e.type());
        Map<String, Object> typeName = new LinkedHashMap<>();
        typeName.put("en", Words.englishType(e.type()));
        typeName.put("da", Words.danishType(e.type()));
        report.put("type_name", typeName);
        report.put(
                "employee_role",
                e.employeeRole() == null ? null : e.employeeRole().role());
        report.put(
                "round_table",
                e.employeeRole() == null ? null : e.employeeRole().place());
        report.put(
                "citizen_roles", e.citizenRoles().stream().map(RoleView::role).toList());
        report.put("warnings", e.warnings().stream().map(this::warning).toList());
        report.put("axes", axes(e));
        report.put("explanation", explanation(e));
        report.put("fired_rules", e.firedRules());
        Map<String, Object> stamp = new LinkedHashMap<>();
        stamp.put("samskab", e.stamp().samskabVersion());
        stamp.put("drools", e.stamp().droolsVersion());
        stamp.put("rules_sha256", e.stamp().rulesSha256());
        stamp.put("case_sha256", e.stamp().caseSha256());
        report.put("stamp", stamp);
        return report;
    }

    private Map<String, Object> warning(WarningView w) {
        Map<String, Object> warning = new LinkedHashMap<>();
        warning.put("code", w.code());
        warning.put("title", words.warning(w.code()));
        warning.put(
                "message",
                String.join(
                        " ",
                        w.because().stream()
                                .map(b -> words.description(b.rule()))
                                .toList()));
        if (w.about() != null) {
            warning.put("about", w.about());
        }
        warning.put("rules", w.because().stream().map(this::because).toList());
        if (!w.settledBy().isEmpty()) {
            warning.put(
                    "would_settle",
                    w.settledBy().stream().map(this::unknownFact).toList());
        }
        return warning;
    }

    private Map<String, Object> axes(Explanation e) {
        Map<String, Object> axes = new LinkedHashMap<>();
        for (AxisView axis : e.axes()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("position", axis.position());
            view.put("name", words.axis(axis.axis()));
            view.put("position_name", words.pole(axis.axis(), axis.position()));
            for (String pole : axis.axis().poles()) {
                view.put(
                        "evidence_" + pole.replace('-', '_'),
                        axis.evidenceFor(pole).size());
            }
            List<Object> evidence = new ArrayList<>();
            for (AxisView.EvidenceView item : axis.evidence()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("pole", item.pole());
                entry.putAll(because(item.because()));
                evidence.add(entry);
            }
            view.put("evidence", evidence);
            view.put("settled_by", axis.settledBy() == null ? null : because(axis.settledBy()));
            axes.put(axis.axis().code(), view);
        }
        return axes;
    }

    private Map<String, Object> explanation(Explanation e) {
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("type", because(e.typeBecause()));
        explanation.put(
                "employee_role",
                e.employeeRole() == null
                        ? null
                        : e.employeeRole().because().stream().map(this::because).toList());
        Map<String, Object> citizens = new LinkedHashMap<>();
        for (RoleView role : e.citizenRoles()) {
            citizens.put(role.role(), role.because().stream().map(this::because).toList());
        }
        explanation.put("citizen_roles", citizens);
        explanation.put("why_not", e.whyNot().stream().map(this::whyNot).toList());
        if (e.whatIfAsked()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put(
                    "unknown_facts",
                    e.unknownFacts().stream().map(this::unknownFact).toList());
            change.put("flips", e.flips().stream().map(this::flip).toList());
            explanation.put("what_would_change", change);
        }
        explanation.put(
                "perceived_types",
                e.perceptions().stream()
                        .map(p -> {
                            Map<String, Object> perception = new LinkedHashMap<>();
                            perception.put("actor", p.actor());
                            perception.put("type", p.type());
                            perception.put("matches_derived", p.matchesDerived());
                            return perception;
                        })
                        .toList());
        return explanation;
    }

    private Map<String, Object> whyNot(WhyNot w) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", w.type());
        entry.put("reason", ReportText.whyNot(words, w));
        entry.put(
                "unmet",
                w.unmet().stream()
                        .map(u -> {
                            Map<String, Object> unmet = new LinkedHashMap<>();
                            unmet.put("axis", u.axis().code());
                            unmet.put("needed", u.needed());
                            unmet.put("actual", u.actual());
                            return unmet;
                        })
                        .toList());
        return entry;
    }

    private Map<String, Object> unknownFact(UnknownFact fact) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fact", fact.fact().code());
        entry.put(
                "answers",
                fact.effects().stream()
                        .map(effect -> {
                            Map<String, Object> answer = new LinkedHashMap<>();
                            answer.put("value", effect.value());
                            answer.put("type", effect.type());
                            answer.put("axes", new LinkedHashMap<>(new java.util.TreeMap<>(effect.positions())));
                            return answer;
                        })
                        .toList());
        return entry;
    }

    private Map<String, Object> flip(Flip flip) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fact", flip.fact().code());
        entry.put("from", flip.from());
        entry.put("to", flip.to());
        entry.put("type", flip.type());
        return entry;
    }

    private Map<String, Object> because(Because because) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (because == null) {
            return entry;
        }
        RuleInfo rule = because.rule();
        entry.put("rule", rule == null ? null : rule.name());
        entry.put("reason", words.description(rule));
        entry.put("section", rule == null ? null : rule.section());
        Map<String, Object> facts = new LinkedHashMap<>();
        for (FactValue fact : because.facts()) {
            facts.put(fact.fact().code(), fact.value());
        }
        entry.put("facts", facts);
        return entry;
    }
}
