package dk.samskab.report.model;

import java.util.List;

/**
 * A comparison of the parties' own descriptions of one process, worded once in one language: the parties and their
 * types; the verdict ({@code agreedType} and a sentence saying whether the parties describe one type of process
 * or different ones) and, when they differ, which facts to agree on first; the disagreements (moving the type
 * first), the common ground, the comparison's own warnings, each party's full report, the 2×2 chart and the stamp.
 */
public record ComparisonReport(
        String lang,
        String title,
        List<Party> parties,
        String agreedType,
        String verdict,
        String agreeFirst,
        Section<Disagreement> disagreements,
        Section<FactWords> commonGround,
        Section<WarningItem> warnings,
        Chart chart,
        String stamp,
        String rulesSha256,
        Words words) {

    public ComparisonReport {
        parties = List.copyOf(parties);
    }

    /**
     * One party: its number and anchor in the page, its name, its file, its type and role, and its full report
     * ({@code report}; {@code explained} is the same report headed with the party's name).
     */
    public record Party(
            int number,
            String anchor,
            String name,
            String file,
            String prepared,
            TypeItem type,
            String employeeRole,
            String employeeRoleName,
            List<WarningItem> warnings,
            String warningTitles,
            CaseReport report,
            CaseReport explained) {

        public Party {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A fact the parties answer differently: the fact in words ({@code phrase}: "who carries the main
     * responsibility for the content"), each party's answer, whether settling it moves the type, and the whole as
     * one sentence ("Who carries …: Kultur og Fritid says the municipality, Boldklubben says shared").
     */
    public record Disagreement(
            String fact, String phrase, String question, boolean movesType, List<Answer> answers, String sentence) {

        public Disagreement {
            answers = List.copyOf(answers);
        }
    }

    /** One party's answer to a fact: the value as the case file writes it ({@code null}: doesn't say), in words. */
    public record Answer(String party, Object value, String words, String coded, String says) {}

    /** The fixed words of the comparison's pages: headings and column heads. */
    public record Words(
            String parties,
            String party,
            String file,
            String type,
            String employeeRole,
            String warnings,
            String none,
            String fact,
            String movesType,
            String yes,
            String no,
            String explanations,
            String back,
            String notPlotted,
            String yesShort) {}
}
