package dk.samskab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samskab.engine.Engine;
import dk.samskab.engine.RuleBase;
import dk.samskab.engine.RuleFailure;
import dk.samskab.interview.Interviewer;
import dk.samskab.interview.Walk;
import dk.samskab.interview.WalkText;
import dk.samskab.loading.CaseFile;
import dk.samskab.text.InputError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code samskab interview FILE…}: walks each file through the interview — the same questions, in the same order, as
 * the web page — answering from the file's facts, "don't know" where the file leaves a fact out.
 */
@Command(name = "interview", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class InterviewCommand implements Callable<Integer> {

    /** The formats of this command's output. */
    enum WalkFormat {
        TEXT,
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "interview.files")
    List<Path> files;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "interview.format")
    WalkFormat format = WalkFormat.TEXT;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CompletableFuture<RuleBase> loading = CompletableFuture.supplyAsync(() -> RuleLoading.load(common));
        CaseInputs inputs = CaseInputs.read(files, common.lang());
        List<String> problems = inputs.problems();
        List<CaseFile> cases = inputs.cases();
        Interviewer interviewer = new Interviewer(new Engine(RuleLoading.await(loading)));
        List<Walk> walks = new ArrayList<>();
        for (CaseFile file : cases) {
            try {
                walks.add(Walk.of(interviewer, file, common.lang()));
            } catch (RuleFailure e) {
                problems.add(file.path() + ": " + e.problem().render(common.lang()));
            } catch (InputError e) {
                problems.add(e.render(common.lang()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == WalkFormat.JSON ? json(walks) : WalkText.render(walks, common.lang()));
        out.flush();
        problems.forEach(spec.commandLine().getErr()::println);
        return problems.isEmpty() ? ExitStatus.OK : ExitStatus.BAD_INPUT;
    }

    /** The contract's {@code interview --format json}: one object per file, an array for several. */
    static String json(List<Walk> walks) {
        ArrayNode all = JSON.createArrayNode();
        for (Walk walk : walks) {
            ObjectNode one = all.addObject();
            one.put("id", walk.id());
            one.put("type", walk.type());
            one.put("asked", walk.asked());
            ArrayNode questions = one.putArray("questions");
            for (Walk.Step step : walk.questions()) {
                ObjectNode q = questions.addObject();
                q.put("fact", step.fact());
                q.set("answer", JSON.valueToTree(step.answer()));
                q.put("type", step.type());
                q.put("settled", step.settled());
                q.put("optional", step.optional());
            }
        }
        try {
            return JSON.writeValueAsString(walks.size() == 1 ? all.get(0) : all) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
