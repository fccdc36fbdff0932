package dk.samskab.report;

import dk.samskab.engine.RuleBase;
import dk.samskab.model.Axis;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleAnalysis;
import dk.samskab.rules.RuleAnalysis.AnalysedRule;
import dk.samskab.rules.RuleAnalysis.Insertion;
import dk.samskab.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the catalogue says of each rule, before it is laid out: the case facts it reads, what else it builds on and
 * what it concludes, in words; the rules grouped by concern (their file).
 */
final class CatalogueEntries {

    private static final Set<String> PLUMBING = Set.of("String", "Object", "Number", "Integer", "Long");

    /** The shipped concerns in the order the rules reason; a file an analyst adds follows them. */
    private static final List<String> ORDER = List.of(
            "definition",
            "predictability",
            "central-actor",
            "strengths",
            "axes",
            "typology",
            "roles",
            "warnings",
            "compare");

    /** One concern: a rule file and its rules. */
    record Concern(String file, List<Entry> entries) {}

    /** One rule as the catalogue shows it. */
    record Entry(RuleInfo rule, List<String> reads, List<String> buildsOn, List<String> concludes) {}

    private final CodeWords words;

    CatalogueEntries(CodeWords words) {
        this.words = words;
    }

    /** The rules grouped by concern (their file), the shipped concerns in reasoning order. */
    List<Concern> concerns(RuleBase rules) {
        Map<String, AnalysedRule> analysed = new LinkedHashMap<>();
        RuleAnalysis.of(rules.source()).rules().forEach(rule -> analysed.putIfAbsent(rule.name(), rule));
        Map<String, List<Entry>> byFile = new LinkedHashMap<>();
        for (RuleInfo rule : rules.rules()) {
            AnalysedRule source = analysed.get(rule.name());
            List<String> reads = rule.factsRead().stream().map(Fact::code).collect(Collectors.toList());
            Set<String> buildsOn = new LinkedHashSet<>();
            List<String> concludes = new ArrayList<>();
            if (source != null) {
                for (RuleAnalysis.PatternUse pattern : source.patterns()) {
                    String type = pattern.type().substring(pattern.type().lastIndexOf('.') + 1);
                    if (type.equals("Actor")) {
                        reads.add(0, "actors");
                    } else if (type.equals("PerceivedType")) {
                        reads.add("perceived_types");
                    } else if (!type.equals("Case") && !PLUMBING.contains(type)) {
                        buildsOn.add(words.text("catalogue.fact-type." + type));
                    }
                }
                source.inserts().forEach(insertion -> concludes.add(conclusion(insertion)));
            }
            byFile.computeIfAbsent(rule.file().toString().replace('\\', '/'), f -> new ArrayList<>())
                    .add(new Entry(rule, reads.stream().distinct().toList(), List.copyOf(buildsOn), concludes));
        }
        return byFile.entrySet().stream()
                .map(e -> new Concern(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing((Concern c) -> rank(c.file()))
                        .thenComparing(Concern::file))
                .toList();
    }

    private static int rank(String file) {
        int index = ORDER.indexOf(baseName(file));
        return index < 0 ? ORDER.size() : index;
    }

    private String conclusion(Insertion insertion) {
        List<String> codes = insertion.literals();
        return switch (insertion.type()) {
            case "Evidence" ->
                codes.size() == 2
                        ? words.text(
                                "catalogue.evidence",
                                words.axis(Axis.byCode(codes.get(0)).orElse(Axis.PREDICTABILITY)),
                                words.pole(Axis.byCode(codes.get(0)).orElse(Axis.PREDICTABILITY), codes.get(1)))
                        : codes.size() == 3
                                ? words.text(
                                        "catalogue.evidence-only-in",
                                        words.axis(Axis.byCode(codes.get(0)).orElse(Axis.PREDICTABILITY)),
                                        words.pole(Axis.byCode(codes.get(0)).orElse(Axis.PREDICTABILITY), codes.get(1)),
                                        words.pole(Axis.PREDICTABILITY, codes.get(2)))
                                : words.text("catalogue.insert", insertion.type(), insertion.arguments());
            case "Strength" ->
                codes.size() == 1 && insertion.argumentList().size() == 3
                        ? words.text(
                                "catalogue.strength-weight",
                                words.messages().name("strength", codes.get(0)),
                                insertion.argumentList().get(1))
                        : words.text("catalogue.insert", insertion.type(), insertion.arguments());
            case "Weighed" -> words.text("catalogue.weighed");
            case "Balance" ->
                words.text(
                        "catalogue.balance",
                        words.axis(
                                Axis.byCode(codes.isEmpty() ? "" : codes.get(0)).orElse(Axis.PREDICTABILITY)));
            case "AxisPosition" ->
                words.text(
                        "catalogue.position",
                        words.axis(
                                Axis.byCode(codes.isEmpty() ? "" : codes.get(0)).orElse(Axis.PREDICTABILITY)));
            case "TypeRuledOut" ->
                words.text(
                        "catalogue.ruled-out",
                        words.axis(
                                Axis.byCode(codes.isEmpty() ? "" : codes.get(0)).orElse(Axis.PREDICTABILITY)));
            case "Classification" ->
                words.text("catalogue.type", codes.isEmpty() ? insertion.arguments() : words.type(codes.get(0)));
            case "TypeDefinition" ->
                codes.size() == 3
                        ? words.text(
                                "catalogue.definition",
                                words.type(codes.get(0)),
                                words.pole(Axis.PREDICTABILITY, codes.get(1)),
                                words.pole(Axis.CENTRAL_ACTOR, codes.get(2)))
                        : words.text("catalogue.insert", insertion.type(), insertion.arguments());
            case "EmployeeRole" ->
                codes.size() == 2
                        ? words.text(
                                "catalogue.employee-role", words.employeeRole(codes.get(0)), words.place(codes.get(1)))
                        : words.text("catalogue.insert", insertion.type(), insertion.arguments());
            case "CitizenRole" ->
                words.text(
                        "catalogue.citizen-role",
                        codes.isEmpty() ? insertion.arguments() : words.citizenRole(codes.get(0)));
            case "Warning" ->
                words.text(
                        "catalogue.warning",
                        codes.isEmpty()
                                ? insertion.arguments()
                                : words.warning(codes.get(0)) + " (" + codes.get(0) + ")");
            case "CoCreation" -> words.text("catalogue.co-creation");
            default -> words.text("catalogue.insert", insertion.type(), insertion.arguments());
        };
    }

    /** {@code rules/central-actor.dslr} → {@code central-actor}. */
    static String baseName(String file) {
        return file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[a-z]+$", "");
    }
}
