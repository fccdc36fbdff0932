package dk.samskab.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.samskab.Project;
import dk.samskab.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema kept in {@code docs/case.schema.json} is the one the reader's code gives today, {@code samskab schema}
 * prints it, it is a valid 2020-12 schema, and every shipped scenario names it on its first line for the editor.
 */
class CaseSchemaTest {

    private static final Path KEPT = Project.home().resolve("docs/case.schema.json");

    @Test
    void theKeptSchemaIsTheOneTheReaderGives() throws Exception {
        assertEquals(
                CaseSchema.json(),
                Files.readString(KEPT),
                "docs/case.schema.json is stale: run ./samskab schema --out docs/case.schema.json");
        assertEquals(CaseSchema.json(), Run.of("schema").out());
    }

    @Test
    void theSchemaIsAValidJsonSchema202012() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(
                List.of(),
                meta.validate(CaseSchema.json(), InputFormat.JSON).stream()
                        .map(Object::toString)
                        .toList());
    }

    @Test
    void everyShippedScenarioNamesTheSchemaForTheEditor() throws Exception {
        List<String> without = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Project.scenarios())) {
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String expected = "# yaml-language-server: $schema="
                        + file.getParent().relativize(KEPT).toString().replace('\\', '/');
                String first = Files.readAllLines(file).get(0);
                if (!first.equals(expected)) {
                    without.add(file + ": " + first);
                }
            }
        }
        assertEquals(List.of(), without);
    }
}
