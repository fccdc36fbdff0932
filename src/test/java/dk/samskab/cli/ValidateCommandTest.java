package dk.samskab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import dk.samskab.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samskab validate}: each kind of finding, at its line and column, and a clean exit for the shipped rules. */
class ValidateCommandTest {

    private static final String HEADER = "package samskab;\nimport dk.samskab.model.*;\nruleflow-group \"criteria\"\n";
    private static final String META = """
                @description_en("x")
                @description_da("x")
                @section("AFRUNDING")
            """;

    @TempDir
    Path rules;

    private List<String> findings(Run run) {
        assertEquals("", run.out(), "problems go to stderr");
        return run.errorLines();
    }

    private Run validate() {
        return Run.of("validate", "--rules", rules.toString());
    }

    private void write(String file, String text) throws Exception {
        Files.writeString(rules.resolve(file), text);
    }

    @Test
    void theShippedRulesAreValid() {
        Run run = Run.of("validate", "--rules", Project.rulesFolder().toString());
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("no problems"), run.out());
    }

    @Test
    void aSalienceThatIsNotANumberIsReportedBeforeItFailsEveryCase() throws Exception {
        write("a.drl", HEADER + "rule \"R\"\n" + META + "    salience \"low\"\nwhen\nthen\nend\n");
        Run run = validate();
        assertEquals(2, run.status());
        assertEquals(
                List.of(rules.resolve("a.drl") + ":8:5: rule “R” has salience \"low\"; a salience is a whole "
                        + "number, such as -10, and every case would fail on this one"),
                findings(run));
    }

    @Test
    void aDslLineThatMapsNoSentenceIsReportedInsteadOfSearchedForForever() throws Exception {
        write("a.dsl", "[condition][]Når processen er samskabelse=CoCreation()\n[condition][]=Case()\n");
        write("b.drl", HEADER + "rule \"R\"\n" + META + "when\nthen\nend\n");
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), this::validate);
        assertEquals(2, run.status());
        assertEquals(
                List.of(rules.resolve("a.dsl") + ":2:1: maps no sentence: the part before “=” is empty, and "
                        + "Drools would search for it forever"),
                findings(run));
    }

    @Test
    void aDslLineThatIsNotAMappingIsReportedAtItsLine() throws Exception {
        write("a.dsl", "# sentences\n[condition][]Når processen er samskabelse=CoCreation()\n  [keyword][]x\n");
        write("b.drl", HEADER + "rule \"R\"\n" + META + "when\nthen\nend\n");
        assertEquals(
                List.of(rules.resolve("a.dsl") + ":3:3: is not a DSL mapping; write [when]the sentence=the "
                        + "DRL it stands for ([then] for a consequence)"),
                findings(validate()));
    }

    @Test
    void aDslSentenceDroolsCannotReadIsReportedAtItsFileAndLineNotTheFolder() throws Exception {
        write("a.dsl", "[condition][]Når processen er samskabelse=CoCreation()\n[condition][]Når (x=Case()\n");
        write("b.drl", HEADER + "rule \"R\"\n" + META + "when\nthen\nend\n");
        List<String> findings = findings(validate());
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(
                findings.get(0)
                        .startsWith(
                                rules.resolve("a.dsl") + ":2:1: Drools cannot read this mapping: " + "Unclosed group"),
                findings.get(0));
    }

    @Test
    void aControlCharacterInARuleFileIsNamedWhereItIs() throws Exception {
        write("a.drl", HEADER + "rule \"R\"\n" + META + "when\n    \u001b\nthen\nend\n");
        List<String> findings = findings(validate());
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith(rules.resolve("a.drl") + ":9:5: "), findings.get(0));
        assertTrue(findings.get(0).contains("U+001B"), findings.get(0));
    }

    @Test
    void aRuleWithoutItsDanishDescriptionIsReportedAtTheRule() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n    @description_en(\"x\")\n    @section(\"AFRUNDING\")\nwhen\nthen\nend\n");
        Run run = validate();
        assertEquals(2, run.status());
        assertEquals(
                List.of(rules.resolve("a.drl") + ":4:1: rule “R” has no @description_da; every rule needs "
                        + "@description_en, @description_da and @section"),
                findings(run));
    }

    @Test
    void aRuleWithoutASectionIsReported() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n    @description_en(\"x\")\n    @description_da(\"x\")\nwhen\nthen\nend\n");
        assertTrue(findings(validate())
                .get(0)
                .endsWith("rule “R” has no @section; every rule needs "
                        + "@description_en, @description_da and @section"));
    }

    @Test
    void aSectionThatIsNotAHeadingOfTheArticleIsReportedWithTheNearestHeading() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n    @description_en(\"x\")\n    @description_da(\"x\")\n"
                        + "    @section(\"Styret Samskabelse\")\nwhen\nthen\nend\n");
        assertEquals(
                List.of(rules.resolve("a.drl") + ":7:5: @section(\"Styret Samskabelse\") is not a heading of "
                        + "the article; did you mean \"Styret samskabelse\"?"),
                findings(validate()));
    }

    @Test
    void aValueTheContractDoesNotKnowIsReportedWhereItIsWritten() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n" + META + "    @strength(\"typical\")\nwhen\n"
                        + "    Case( problemIdentifiedBy == \"municiplaity\" )\n"
                        + "then\n    insert( new Evidence( drools.getRule(), \"predictability\", \"predictible\" ) );\nend\n");
        assertEquals(
                List.of(
                        rules.resolve("a.drl")
                                + ":10:34: \"municiplaity\" is not a code of problem_identified_by (one of: "
                                + "municipality, external, joint); did you mean \"municipality\"?",
                        rules.resolve("a.drl") + ":12:63: \"predictible\" is not a code of new Evidence(…) (one of: "
                                + "predictable, unpredictable, municipality, external); did you mean \"predictable\"?"),
                findings(validate()));
    }

    @Test
    void aFactTheContractDoesNotKnowIsReportedWithTheNearestFact() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n" + META + "when\n    Case( resultPlanedInAdvance == true )\n" + "then\nend\n");
        assertEquals(
                List.of(rules.resolve("a.drl") + ":9:11: Case has no property \"resultPlanedInAdvance\"; "
                        + "did you mean \"resultPlannedInAdvance\"?"),
                findings(validate()));
    }

    @Test
    void aCodeTheContractDoesNotKnowInADslSentenceIsReportedInTheDslFile() throws Exception {
        write("a.dsl", "[condition][]Når problemet er kommunens=Case( problemIdentifiedBy == \"kommunen\" )\n");
        write("b.dslr", HEADER + "rule \"R\"\n" + META + "when\n    Når problemet er kommunens\nthen\nend\n");
        assertEquals(
                List.of(rules.resolve("a.dsl") + ":1:70: \"kommunen\" is not a code of problem_identified_by "
                        + "(one of: municipality, external, joint)"),
                findings(validate()));
    }

    @Test
    void twoRulesWithTheSameNameAreReportedAtTheSecond() throws Exception {
        write("a.drl", HEADER + "rule \"R\"\n" + META + "when\nthen\nend\n");
        write("b.drl", HEADER + "\nrule \"R\"\n" + META + "when\nthen\nend\n");
        assertEquals(
                List.of(rules.resolve("b.drl") + ":5:1: two rules are named “R” (the other is at "
                        + rules.resolve("a.drl") + ":4); rule names must be unique"),
                findings(validate()));
    }

    @Test
    void aRuleNameInSingleQuotesOrBareIsReadLikeOneInDoubleQuotes() throws Exception {
        write("a.drl", HEADER + "rule \"R\"\n" + META + "when\nthen\nend\n");
        write("b.drl", HEADER + "\nrule 'R'\n" + META + "when\nthen\nend\n\n  rule R\n" + META + "when\nthen\nend\n");
        assertEquals(
                List.of(
                        rules.resolve("b.drl") + ":5:1: two rules are named “R” (the other is at "
                                + rules.resolve("a.drl") + ":4); rule names must be unique",
                        rules.resolve("b.drl") + ":13:3: two rules are named “R” (the other is at "
                                + rules.resolve("a.drl") + ":4); rule names must be unique"),
                findings(validate()));
    }

    @Test
    void aSentenceWithNoMappingIsReportedAtItsLine() throws Exception {
        write("a.dsl", "[condition][]Når processen er samskabelse=CoCreation()\n");
        write(
                "b.dslr",
                HEADER + "rule \"R\"\n" + META + "when\n    Når processen er samskabelse\n"
                        + "    og borgmesteren siger det\nthen\nend\n");
        assertEquals(
                List.of(rules.resolve("b.dslr") + ":10:5: no DSL mapping matches the sentence “og borgmesteren "
                        + "siger det”"),
                findings(validate()));
    }

    @Test
    void aSyntaxErrorInADrlFileIsReportedAtItsLineAndColumn() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n" + META + "when\n    Case( resultPlannedInAdvance == true && )\n"
                        + "then\nend\n");
        List<String> findings = findings(validate());
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith(rules.resolve("a.drl") + ":9:"), findings.get(0));
        assertTrue(findings.get(0).contains("syntax error"), findings.get(0));
    }

    @Test
    void aSyntaxErrorInADslrFileIsReportedAtItsLineAndColumn() throws Exception {
        write("a.dsl", "[condition][]Når processen er samskabelse=CoCreation()\n");
        write(
                "b.dslr",
                HEADER + "rule \"R\"\n" + META + "when\n    Når processen er samskabelse\n"
                        + ">   Case( resultPlannedInAdvance == true && )\nthen\nend\n");
        List<String> findings = findings(validate());
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).matches(".*b\\.dslr:10:\\d+: syntax error: .*"), findings.get(0));
    }

    @Test
    void sentencesWithoutAnyDslFileAreOneLineNotOneLinePerSentence() throws Exception {
        write(
                "b.dslr",
                HEADER + "rule \"R\"\n" + META + "when\n    Når processen er samskabelse\n"
                        + "    og borgmesteren siger det\nthen\nend\n");
        assertEquals(
                List.of(rules.resolve("b.dslr") + ": is written in the rule language, but the rules folder has "
                        + "no .dsl file that says what its sentences mean"),
                findings(validate()));
        Run classify = Run.of(
                "classify",
                Project.scenarios().resolve("article/vores-rum.yaml").toString(),
                "--rules",
                rules.toString());
        assertEquals(1, classify.errorLines().size(), classify.err());
    }

    @Test
    void aFolderWithOnlyADslFileHoldsNoRules() throws Exception {
        write("a.dsl", "[condition][]Når processen er samskabelse=CoCreation()\n");
        assertEquals(List.of(rules + ": holds no rule file (.drl or .dslr)"), findings(validate()));
    }

    @Test
    void findingsAreInDanishToo() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n    @description_en(\"x\")\n    @section(\"AFRUNDING\")\nwhen\nthen\nend\n");
        Run run = Run.of("validate", "--rules", rules.toString(), "--lang", "da");
        assertTrue(run.err().contains("reglen “R” mangler @description_da"), run.err());
    }

    private static final String CRITERION_META = META + "    @strength(\"typical\")\n";

    @Test
    void aRuleThatReadsThatThereIsNoEvidenceIsReportedAtThatCondition() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n" + CRITERION_META + "when\n    Case( goalsSetBy == \"municipality\" )\n"
                        + "    not Evidence( axis == \"central-actor\", pole == \"external\" )\nthen\n"
                        + "    insert( new Evidence( drools.getRule(), \"central-actor\", \"municipality\" ) );\nend\n");
        assertEquals(
                List.of(rules.resolve("a.drl") + ":11:9: rule “R” reads that there is no Evidence as evidence; a "
                        + "missing conclusion says nothing, so conclude only from what is known"),
                findings(validate()));
    }

    @Test
    void aRuleThatReadsAnUnknownFactAsEvidenceIsReportedAtThatCondition() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n" + CRITERION_META + "when\n    Case( partnersTakePartIn == null )\nthen\n"
                        + "    insert( new Evidence( drools.getRule(), \"predictability\", \"predictable\" ) );\nend\n");
        assertEquals(
                List.of(rules.resolve("a.drl") + ":10:11: rule “R” reads that partners_take_part_in is unknown as "
                        + "evidence; a missing fact is unknown, never evidence either way"),
                findings(validate()));
    }

    @Test
    void aNegativeComparisonThatAnUnknownFactAlsoMeetsIsReportedUnlessTheFactMustBeKnown() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n" + CRITERION_META + "when\n    Case( initiativeFrom != \"external\" )\nthen\n"
                        + "    insert( new Evidence( drools.getRule(), \"central-actor\", \"municipality\" ) );\nend\n"
                        + "rule \"S\"\n" + CRITERION_META + "when\n"
                        + "    Case( partnersTakePartIn contains \"execution\", partnersTakePartIn not contains \"decision\" )\n"
                        + "then\n    insert( new Evidence( drools.getRule(), \"predictability\", \"predictable\" ) );\nend\n");
        assertEquals(
                List.of(rules.resolve("a.drl") + ":10:11: rule “R” compares initiative_from negatively, which an "
                        + "unknown initiative_from also meets, so the rule reads a missing fact as evidence; compare "
                        + "with the values that count, or require the fact to be known"),
                findings(validate()));
    }

    @Test
    void aRuleThatReadsAConclusionOfALaterPhaseIsReportedAtItsLine() throws Exception {
        write(
                "a.drl",
                HEADER + "rule \"R\"\n" + CRITERION_META + "when\n    Case( goalsSetBy == \"municipality\" )\n"
                        + "    Classification( type == \"steered\" )\nthen\n"
                        + "    insert( new Evidence( drools.getRule(), \"predictability\", \"predictable\" ) );\nend\n"
                        + "rule \"T\"\n" + META + "    ruleflow-group \"type\"\nwhen\nthen\n"
                        + "    insert( new Classification( \"steered\" ) );\nend\n");
        assertEquals(
                List.of(rules.resolve("a.drl") + ":11:5: rule “R” (phase criteria) reads Classification, a "
                        + "conclusion the later phase type draws: it would read it before it is drawn"),
                findings(validate()));
    }

    @Test
    void aCriterionWithoutAStrengthOrARuleOutsideThePhasesIsReported() throws Exception {
        write(
                "a.drl",
                "package samskab;\nimport dk.samskab.model.*;\n\nrule \"R\"\n" + META + "when\nthen\n"
                        + "    insert( new Evidence( drools.getRule(), \"predictability\", \"predictable\" ) );\nend\n");
        assertEquals(
                List.of(
                        rules.resolve("a.drl") + ":4:1: rule “R” gives evidence but has no @strength; a criterion "
                                + "states how strongly the article ties its fact to the axis: one of defining, "
                                + "characteristic, typical",
                        rules.resolve("a.drl") + ":4:1: rule “R” belongs to no phase, so it would run after every "
                                + "phase; name one under the file’s imports or in the rule (ruleflow-group \"…\", one "
                                + "of: definition, criteria, axes, type, roles, warnings, compare)"),
                findings(validate()));
    }
}
