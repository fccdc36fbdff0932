package dk.samskab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.Project;
import dk.samskab.explain.Explanation;
import dk.samskab.i18n.Lang;
import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.CaseReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every item of the report model appears in every format: each worded piece in the text, Markdown, HTML (its text
 * content, as a browser shows it) and JSON reports, and each phrase in the three that people read — for every
 * scenario in both languages, and for a case file that says who prepared it and when.
 */
class ReportParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyItemOfTheModelAppearsInEveryFormat() throws Exception {
        List<Path> files = new ArrayList<>(Scenarios.files());
        files.add(preparedCase());
        return files.stream()
                .flatMap(file -> Stream.of(Lang.values())
                        .map(lang -> DynamicTest.dynamicTest(file.getFileName() + " (" + lang.code() + ")", () -> {
                            Explanation e = Scenarios.explain(file);
                            CaseReport model = new CaseReports(lang).of(e);
                            String text = flat(Format.TEXT.render(List.of(e), lang));
                            String markdown = flat(unescapeMarkdown(Format.MARKDOWN.render(List.of(e), lang)));
                            String html = flat(Jsoup.parse(Format.HTML.render(List.of(e), lang))
                                    .text());
                            List<String> json = strings(JSON.readTree(Format.JSON.render(List.of(e), lang)));
                            assertEquals(List.of(), missing(ModelItems.lines(model), text::contains), "text");
                            assertEquals(List.of(), missing(ModelItems.lines(model), markdown::contains), "Markdown");
                            assertEquals(List.of(), missing(ModelItems.lines(model), html::contains), "HTML");
                            assertEquals(
                                    List.of(),
                                    missing(
                                            ModelItems.words(model),
                                            w -> json.stream().anyMatch(s -> s.contains(w))),
                                    "JSON");
                        })));
    }

    private static Path preparedCase() throws Exception {
        Path folder = Files.createTempDirectory("parity");
        String vores = Files.readString(Project.scenarios().resolve("article/vores-rum.yaml"));
        return Files.writeString(
                folder.resolve("forberedt.yaml"), "prepared_by: Anna Ærø, Plan og Byg\ndate: 2026-11-30\n" + vores);
    }

    private static List<String> missing(List<String> items, Predicate<String> shown) {
        return items.stream().filter(shown.negate()).toList();
    }

    /** Whitespace as a reader sees it: every run of it one space. */
    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static String unescapeMarkdown(String md) {
        return md.replaceAll("\\\\(.)", "$1")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node.isTextual()) {
            strings.add(flat(node.asText()));
        }
        node.forEach(child -> strings.addAll(strings(child)));
        return strings;
    }
}
