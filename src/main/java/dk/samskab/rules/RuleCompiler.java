package dk.samskab.rules;

import dk.samskab.i18n.Message;
import dk.samskab.rules.RuleSource.RuleFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Compiles a {@link RuleSource} with Drools' classic DRL compiler. DSL mappings are added before the rule files
 * that use them; every error is translated into a {@link RuleProblem}.
 */
public final class RuleCompiler {

    private RuleCompiler() {}

    /** The compiled rules, or every problem that stops them compiling. */
    public static KieBase compile(RuleSource source) throws RuleProblems {
        List<RuleFile> sentences = source.files().stream()
                .filter(f -> f.extension().equals("dslr"))
                .toList();
        if (!sentences.isEmpty()
                && source.files().stream().noneMatch(f -> f.extension().equals("dsl"))) {
            throw RuleProblems.of(new RuleProblem(sentences.get(0).path(), null, Message.of("rules.no-dsl")));
        }
        for (RuleFile file : source.files()) {
            if (file.extension().equals("dsl")) {
                Optional<RuleProblem> unreadable = DslMappings.problem(file);
                if (unreadable.isPresent()) {
                    throw RuleProblems.of(unreadable.get());
                }
            }
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleCompiler.class.getClassLoader()));
        List<RuleFile> ordered = new ArrayList<>(source.files());
        ordered.sort(Comparator.comparing((RuleFile f) -> !f.extension().equals("dsl")));
        for (RuleFile file : ordered) {
            // The encoding is named: without it Drools decodes with the platform's, and under LANG=C æ, ø and å
            // in descriptions and DSL sentences turn into replacement characters.
            Resource resource = KieServices.get()
                    .getResources()
                    .newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
            resource.setSourcePath(file.path().toString());
            builder.add(resource, typeOf(file));
        }
        if (builder.hasErrors()) {
            throw new RuleProblems(problems(source, builder));
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return base;
    }

    private static List<RuleProblem> problems(RuleSource source, KnowledgeBuilder builder) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String message = String.valueOf(error.getMessage());
            if (DroolsMessages.isNoise(message)) {
                continue;
            }
            String sourcePath =
                    error.getResource() == null ? null : error.getResource().getSourcePath();
            RuleFile file = source.file(sourcePath).orElse(null);
            RuleProblem problem = DroolsMessages.translate(file, source.folder(), error.getLines(), message);
            if (problems.stream().noneMatch(known -> known.sameAs(problem))) {
                problems.add(problem);
            }
        }
        problems.removeIf(p -> p.problem().key().startsWith("rules.syntax")
                && problems.stream()
                        .anyMatch(q -> q.problem().key().equals("rules.dsl-no-mapping")
                                && q.file().equals(p.file())
                                && q.at() != null
                                && p.at() != null
                                && q.at().line() == p.at().line()));
        problems.sort(RuleProblem.ORDER);
        return problems;
    }

    private static ResourceType typeOf(RuleFile file) {
        return switch (file.extension()) {
            case "dsl" -> ResourceType.DSL;
            case "dslr" -> ResourceType.DSLR;
            default -> ResourceType.DRL;
        };
    }
}
