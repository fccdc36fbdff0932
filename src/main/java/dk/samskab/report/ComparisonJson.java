package dk.samskab.report;

import dk.samskab.report.model.ComparisonReport;
import dk.samskab.report.model.FactWords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's {@code compare --format json}: {@code parties} ({@code party}, {@code file}, {@code type},
 * {@code employee_role}, {@code warnings}), {@code disagreements} ({@code fact}, {@code answers}, {@code moves_type})
 * and {@code agreed_type}, and beside them the same in words, the common ground, the comparison's warnings with
 * their rules, and the stamp. No timestamp: the same files give the same bytes.
 */
public final class ComparisonJson {

    public String render(ComparisonReport c) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("title", c.title());
        tree.put("parties", c.parties().stream().map(ComparisonJson::party).toList());
        tree.put("agreed_type", c.agreedType());
        tree.put("verdict", c.verdict());
        tree.put(
                "agree_first",
                c.agreedType() == null
                        ? c.disagreements().items().stream()
                                .filter(ComparisonReport.Disagreement::movesType)
                                .map(ComparisonReport.Disagreement::fact)
                                .toList()
                        : List.of());
        tree.put("agree_first_in_words", c.agreeFirst());
        tree.put(
                "disagreements",
                c.disagreements().items().stream()
                        .map(ComparisonJson::disagreement)
                        .toList());
        tree.put(
                "common_ground",
                c.commonGround().items().stream().map(ComparisonJson::fact).toList());
        tree.put(
                "warnings",
                c.warnings().items().stream().map(JsonParts::warning).toList());
        Map<String, Object> stamp = new LinkedHashMap<>();
        stamp.put("samskab", dk.samskab.explain.Stamp.currentVersion());
        stamp.put("drools", dk.samskab.explain.Stamp.currentDroolsVersion());
        stamp.put("rules_sha256", c.rulesSha256());
        tree.put("stamp", stamp);
        return JsonReport.write(tree);
    }

    private static Map<String, Object> party(ComparisonReport.Party p) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("party", p.name());
        party.put("file", p.file());
        party.put("id", p.report().head().id());
        party.put("title", p.report().head().title());
        if (p.report().stamp().preparedBy() != null) {
            party.put("prepared_by", p.report().stamp().preparedBy());
        }
        if (p.report().stamp().date() != null) {
            party.put("date", p.report().stamp().date());
        }
        party.put("type", p.type().code());
        Map<String, Object> typeName = new LinkedHashMap<>();
        typeName.put("en", p.type().english());
        typeName.put("da", p.type().danish());
        party.put("type_name", typeName);
        party.put("employee_role", p.employeeRole());
        party.put(
                "citizen_roles",
                p.report().roles().citizens().stream()
                        .map(dk.samskab.report.model.Roles.Citizen::role)
                        .toList());
        party.put("warnings", p.warnings().stream().map(JsonParts::warning).toList());
        return party;
    }

    private static Map<String, Object> disagreement(ComparisonReport.Disagreement d) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fact", d.fact());
        Map<String, Object> answers = new LinkedHashMap<>();
        d.answers().forEach(a -> answers.put(a.party(), a.value()));
        entry.put("answers", answers);
        entry.put("moves_type", d.movesType());
        entry.put("question", d.question());
        Map<String, Object> words = new LinkedHashMap<>();
        d.answers().forEach(a -> words.put(a.party(), a.words()));
        entry.put("answers_in_words", words);
        entry.put("in_words", d.sentence());
        return entry;
    }

    private static Map<String, Object> fact(FactWords f) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fact", f.code());
        entry.put("value", f.value());
        entry.put("question", f.question());
        entry.put("answer", f.answer());
        return entry;
    }
}
