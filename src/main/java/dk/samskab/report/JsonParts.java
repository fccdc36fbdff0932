package dk.samskab.report;

import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.FactWords;
import dk.samskab.report.model.Items;
import dk.samskab.report.model.Question;
import dk.samskab.report.model.Reason;
import dk.samskab.report.model.Roles;
import dk.samskab.report.model.WarningItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The smaller objects of the JSON report: reasons, warnings, the explanation, questions and the words. */
final class JsonParts {

    private JsonParts() {}

    static Map<String, Object> warning(WarningItem w) {
        Map<String, Object> warning = new LinkedHashMap<>();
        warning.put("code", w.code());
        warning.put("title", w.title());
        warning.put("message", w.message());
        if (w.about() != null) {
            warning.put("about", w.about());
            warning.put("about_name", w.aboutName());
        }
        warning.put("rules", w.reasons().stream().map(JsonParts::because).toList());
        if (!w.settledBy().isEmpty()) {
            warning.put(
                    "would_settle",
                    w.settledBy().stream().map(JsonParts::question).toList());
        }
        return warning;
    }

    static Map<String, Object> explanation(CaseReport r) {
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("type", because(r.type().reason()));
        Roles.Employee employee = r.roles().employee();
        explanation.put(
                "employee_role",
                employee == null
                        ? null
                        : employee.reasons().stream().map(JsonParts::because).toList());
        Map<String, Object> citizens = new LinkedHashMap<>();
        for (Roles.Citizen role : r.roles().citizens()) {
            citizens.put(
                    role.role(), role.reasons().stream().map(JsonParts::because).toList());
        }
        explanation.put("citizen_roles", citizens);
        explanation.put(
                "why_not", r.whyNot().items().stream().map(JsonParts::whyNot).toList());
        if (r.whatIfAsked()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put(
                    "unknown_facts",
                    r.questions().items().stream().map(JsonParts::question).toList());
            change.put("flips", r.flips().items().stream().map(JsonParts::flip).toList());
            explanation.put("what_would_change", change);
        }
        explanation.put(
                "perceived_types",
                r.perceptions().items().stream()
                        .map(p -> {
                            Map<String, Object> perception = new LinkedHashMap<>();
                            perception.put("actor", p.actor());
                            perception.put("type", p.type());
                            perception.put("matches_derived", p.matches());
                            perception.put("sentence", p.sentence());
                            return perception;
                        })
                        .toList());
        return explanation;
    }

    private static Map<String, Object> whyNot(Items.WhyNot w) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", w.type());
        entry.put("reason", w.reason());
        entry.put(
                "unmet",
                w.unmet().stream()
                        .map(u -> {
                            Map<String, Object> unmet = new LinkedHashMap<>();
                            unmet.put("axis", u.axis());
                            unmet.put("needed", u.needed());
                            unmet.put("actual", u.actual());
                            return unmet;
                        })
                        .toList());
        entry.put("type_name", w.typeName());
        return entry;
    }

    /** An unknown fact: the answers that would change the result, each with its type and axis positions. */
    static Map<String, Object> question(Question q) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fact", q.fact());
        entry.put(
                "answers",
                q.answers().stream()
                        .map(a -> {
                            Map<String, Object> answer = new LinkedHashMap<>();
                            answer.put("value", a.value());
                            answer.put("type", a.type());
                            answer.put("axes", new LinkedHashMap<>(new TreeMap<>(a.axes())));
                            answer.put("answer", a.words());
                            answer.put("type_name", a.typeName());
                            if (!a.note().isEmpty()) {
                                answer.put("note", a.note());
                            }
                            return answer;
                        })
                        .toList());
        entry.put("question", q.question());
        return entry;
    }

    private static Map<String, Object> flip(Items.Flip flip) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fact", flip.fact());
        entry.put("from", flip.from());
        entry.put("to", flip.to());
        entry.put("type", flip.type());
        entry.put("sentence", flip.sentence());
        return entry;
    }

    static Map<String, Object> because(Reason because) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rule", because.rule() == null ? null : because.rule().name());
        entry.put("reason", because.text());
        entry.put("section", because.rule() == null ? null : because.rule().section());
        Map<String, Object> facts = new LinkedHashMap<>();
        for (FactWords fact : because.facts()) {
            facts.put(fact.code(), fact.value());
        }
        entry.put("facts", facts);
        if (because.rule() != null) {
            entry.put("location", because.rule().location());
        }
        if (!because.facts().isEmpty()) {
            entry.put(
                    "facts_in_words",
                    because.facts().stream().map(JsonParts::fact).toList());
        }
        return entry;
    }

    private static Map<String, Object> fact(FactWords fact) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fact", fact.code());
        entry.put("question", fact.question());
        entry.put("answer", fact.answer());
        return entry;
    }

    /** What the other formats show in words beyond the codes: the type's meaning, the roles, the facts given. */
    static Map<String, Object> inWords(CaseReport r) {
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("type", r.type().name());
        words.put("type_summary", r.type().summary());
        words.put("employee_role", r.roles().employeeLine());
        words.put("citizen_roles", r.roles().citizensLine());
        if (r.head().source() != null) {
            words.put("source", r.head().source());
        }
        if (!r.head().description().isEmpty()) {
            words.put("description", r.head().description());
        }
        words.put(
                "actors",
                r.actors().stream()
                        .map(a -> {
                            Map<String, Object> actor = new LinkedHashMap<>();
                            actor.put("name", a.name());
                            actor.put("kind", a.kind());
                            actor.put("kind_name", a.kindName());
                            actor.put("public", a.publicActor());
                            return actor;
                        })
                        .toList());
        words.put("facts_given", r.given().items().stream().map(JsonParts::fact).toList());
        if (!r.stamp().prepared().isEmpty()) {
            words.put("prepared", r.stamp().prepared());
        }
        return words;
    }
}
