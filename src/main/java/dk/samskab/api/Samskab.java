package dk.samskab.api;

import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.engine.RuleFailure;
import dk.samskab.explain.Explainer;
import dk.samskab.i18n.Lang;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseReader;
import dk.samskab.rules.RuleProblems;
import dk.samskab.text.InputError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * samskab in a host program: the rules of one folder, compiled once, classifying case files given as text.
 * Immutable and thread-safe: one instance serves any number of threads at once, each classification in a session
 * of its own.
 *
 * <pre>{@code
 * Samskab samskab = Samskab.load(Path.of("rules"));
 * Report report = samskab.classify(Files.readString(Path.of("case.yaml")), "case.yaml");
 * System.out.println(report.type() + " " + report.warnings());
 * }</pre>
 */
public final class Samskab {

    private final RuleBase rules;
    private final Explainer explainer;
    private final Lang lang;

    private Samskab(RuleBase rules, Lang lang) {
        this.rules = rules;
        this.explainer = new Explainer(new Engine(rules));
        this.lang = lang;
    }

    /** Reads, checks and compiles every rule file below {@code rulesFolder}; messages in English. */
    public static Samskab load(Path rulesFolder) throws RulesException {
        try {
            return new Samskab(RuleBase.load(rulesFolder), Lang.EN);
        } catch (RuleProblems problems) {
            throw new RulesException(
                    problems.problems().stream().map(p -> p.render(Lang.EN)).toList());
        }
    }

    /**
     * For samskab's own server, which loads its rules itself: not part of the API (its parameter is not either).
     */
    public static Samskab of(RuleBase rules) {
        return new Samskab(Objects.requireNonNull(rules), Lang.EN);
    }

    /** The same rules, with messages and words in {@code language}: {@code "en"} or {@code "da"}. */
    public Samskab inLanguage(String language) {
        Lang chosen = Lang.byCode(language)
                .orElseThrow(() -> new IllegalArgumentException("language " + language + ": en or da"));
        return chosen == lang ? this : new Samskab(rules, chosen);
    }

    /** {@code sha256:} and the hash of the rule files: what a report's stamp and the server's header carry. */
    public String rulesVersion() {
        return "sha256:" + rules.sha256();
    }

    /**
     * Classifies one case or scenario file. {@code name} is the file's name: it tells JSON ({@code .json}) from
     * YAML and is what a problem is reported against.
     *
     * @throws CaseException the text is not a case the contract accepts (with the line and column)
     * @throws IllegalStateException the rules failed on this case (a defect of the rules, named in the message)
     */
    public Report classify(String caseText, String name) throws CaseException {
        return classify(caseText.getBytes(StandardCharsets.UTF_8), name);
    }

    /** The same for the file's bytes as read (UTF-8, or refused). */
    public Report classify(byte[] caseBytes, String name) throws CaseException {
        CaseFile file;
        try {
            file = CaseReader.parse(Path.of(name), caseBytes);
        } catch (InputError e) {
            throw CaseException.of(e, lang);
        }
        try {
            return new Report(explainer.classifyAndExplain(file), lang);
        } catch (RuleFailure e) {
            throw new IllegalStateException(e.problem().render(lang), e);
        }
    }
}
