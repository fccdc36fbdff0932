package dk.samskab.report;

import dk.samskab.engine.RuleBase;
import dk.samskab.rules.RuleAnalysis;
import dk.samskab.rules.RuleAnalysis.AnalysedRule;
import dk.samskab.rules.RuleAnalysis.Insertion;
import dk.samskab.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule catalogue: every rule with its description, section, the case facts it reads, what else it builds on
 * and what it concludes, grouped by concern (its file). As text for a terminal or Markdown for
 * {@code docs/rules.md}; nothing in it depends on the time or the machine, so the generated file can be checked.
 */
public final class RuleCatalogue {

    private final CodeWords words;

    public RuleCatalogue(CodeWords words) {
        this.words = words;
    }

    public String text(RuleBase rules) {
        List<CatalogueEntries.Concern> concerns = new CatalogueEntries(words).concerns(rules);
        Wrapped out = new Wrapped();
        out.line(0, words.text("catalogue.title", rules.rules().size(), concerns.size()));
        out.blank();
        for (CatalogueEntries.Concern concern : concerns) {
            out.line(0, concernTitle(concern.file()).toUpperCase(words.lang().locale()) + " — " + concern.file());
            out.blank();
            for (CatalogueEntries.Entry e : concern.entries()) {
                out.line(2, 4, e.rule().name());
                out.line(4, words.description(e.rule()));
                out.line(
                        4,
                        6,
                        words.text("catalogue.where") + ": " + e.rule().location()
                                + (e.rule().section() == null
                                        ? ""
                                        : "  [" + e.rule().section() + "]"));
                out.line(4, 6, placement(e.rule()));
                if (!e.reads().isEmpty()) {
                    out.line(4, 6, words.text("catalogue.reads") + ": " + String.join(", ", e.reads()));
                }
                if (!e.buildsOn().isEmpty()) {
                    out.line(4, 6, words.text("catalogue.builds-on") + ": " + String.join(", ", e.buildsOn()));
                }
                out.line(4, 6, words.text("catalogue.concludes") + ": " + String.join("; ", e.concludes()));
                out.blank();
            }
        }
        return out.toString();
    }

    public String markdown(RuleBase rules) {
        List<CatalogueEntries.Concern> concerns = new CatalogueEntries(words).concerns(rules);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(words.text("catalogue.heading")).append("\n\n");
        md.append(words.text("catalogue.generated")).append("\n\n");
        md.append(words.text("catalogue.title", rules.rules().size(), concerns.size()))
                .append("\n\n");
        strengthTable(md, rules);
        for (CatalogueEntries.Concern concern : concerns) {
            md.append("- [")
                    .append(concernTitle(concern.file()))
                    .append("](#")
                    .append(anchor(concern.file()))
                    .append(") — `")
                    .append(concern.file())
                    .append("`, ")
                    .append(concern.entries().size())
                    .append("\n");
        }
        for (CatalogueEntries.Concern concern : concerns) {
            md.append("\n## <a id=\"")
                    .append(anchor(concern.file()))
                    .append("\"></a>")
                    .append(concernTitle(concern.file()))
                    .append(" — `")
                    .append(concern.file())
                    .append("`\n");
            for (CatalogueEntries.Entry e : concern.entries()) {
                md.append("\n### ")
                        .append(MarkdownReport.escape(e.rule().name()))
                        .append("\n\n");
                md.append("*").append(e.rule().location());
                if (e.rule().section() != null) {
                    md.append(" · ").append(e.rule().section());
                }
                md.append("*\n\n")
                        .append(MarkdownReport.escape(words.description(e.rule())))
                        .append("\n\n");
                md.append("- **")
                        .append(words.text("catalogue.phase"))
                        .append(":** ")
                        .append(e.rule().phase())
                        .append("\n");
                if (e.rule().strength() != null) {
                    md.append("- **")
                            .append(words.text("catalogue.strength"))
                            .append(":** ")
                            .append(words.messages().name("strength", e.rule().strength()))
                            .append("\n");
                }
                if (!e.reads().isEmpty()) {
                    md.append("- **")
                            .append(words.text("catalogue.reads"))
                            .append(":** ")
                            .append(e.reads().stream().map(r -> "`" + r + "`").collect(Collectors.joining(", ")))
                            .append("\n");
                }
                if (!e.buildsOn().isEmpty()) {
                    md.append("- **")
                            .append(words.text("catalogue.builds-on"))
                            .append(":** ")
                            .append(String.join(", ", e.buildsOn()))
                            .append("\n");
                }
                md.append("- **")
                        .append(words.text("catalogue.concludes"))
                        .append(":** ")
                        .append(String.join("; ", e.concludes()))
                        .append("\n");
            }
        }
        List<RuleAnalysis.Sentence> sentences = RuleAnalysis.of(rules.source()).sentences();
        if (!sentences.isEmpty()) {
            md.append("\n## <a id=\"sentences\"></a>")
                    .append(words.text("catalogue.sentences"))
                    .append("\n\n")
                    .append(words.text("catalogue.sentences-intro"))
                    .append("\n\n| ")
                    .append(words.text("catalogue.sentence"))
                    .append(" | DRL |\n|---|---|\n");
            for (RuleAnalysis.Sentence sentence : sentences) {
                md.append("| ")
                        .append(cell(sentence.sentence().replace("(?:Når|og) ", "Når/og ")))
                        .append(" | `")
                        .append(cell(sentence.drl().replace("`", "'")))
                        .append("` |\n");
            }
        }
        return md.toString();
    }

    /** "phase: criteria · strength: typical", the strength for a criterion only. */
    private String placement(RuleInfo rule) {
        String phase = words.text("catalogue.phase") + ": " + rule.phase();
        return rule.strength() == null
                ? phase
                : phase + " · " + words.text("catalogue.strength") + ": "
                        + words.messages().name("strength", rule.strength());
    }

    /** The weight table, read from the rules that state each strength's weight ({@code new Strength(…)}). */
    private void strengthTable(StringBuilder md, RuleBase rules) {
        List<List<String>> rows = new ArrayList<>();
        String file = null;
        for (AnalysedRule rule : RuleAnalysis.of(rules.source()).rules()) {
            for (Insertion insertion : rule.inserts()) {
                List<String> args = insertion.argumentList();
                if (insertion.type().equals("Strength")
                        && args.size() == 3
                        && !insertion.literals().isEmpty()) {
                    String name = insertion.literals().get(0);
                    String named = words.messages().name("strength", name);
                    rows.add(List.of(
                            named.equals(name) ? "`" + name + "`" : named + " (`" + name + "`)",
                            args.get(1),
                            "0".equals(args.get(2).strip()) ? "—" : args.get(2)));
                    file = rules.source()
                            .folder()
                            .relativize(rule.file().path())
                            .toString()
                            .replace('\\', '/');
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        md.append(words.text("catalogue.strengths-table", "`" + file + "`"))
                .append("\n\n| ")
                .append(words.text("catalogue.strength"))
                .append(" | ")
                .append(words.text("catalogue.weight"))
                .append(" | ")
                .append(words.text("catalogue.tie-breaks"))
                .append(" |\n|---|---:|---:|\n");
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append("\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private String concernTitle(String file) {
        return words.messages().name("concern", CatalogueEntries.baseName(file));
    }

    private static String anchor(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
