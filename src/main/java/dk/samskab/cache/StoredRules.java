package dk.samskab.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleInfo;
import dk.samskab.text.Position;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The rules' descriptions (metadata, place, facts read) as JSON beside the cached model. */
final class StoredRules {

    /** One rule as stored. */
    record StoredRule(
            String name,
            String file,
            int line,
            int column,
            String descriptionEn,
            String descriptionDa,
            String section,
            String strength,
            String phase,
            List<String> factsRead) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredRules() {}

    static byte[] write(List<RuleInfo> rules) throws IOException {
        return JSON.writeValueAsBytes(rules.stream()
                .map(r -> new StoredRule(
                        r.name(),
                        r.file().toString().replace('\\', '/'),
                        r.at().line(),
                        r.at().column(),
                        r.descriptionEn(),
                        r.descriptionDa(),
                        r.section(),
                        r.strength(),
                        r.phase(),
                        r.factsRead().stream().map(Fact::code).toList()))
                .toList());
    }

    static List<RuleInfo> read(byte[] json) throws IOException {
        List<StoredRule> stored = JSON.readValue(json, new TypeReference<>() {});
        return stored.stream()
                .map(r -> new RuleInfo(
                        r.name(),
                        Path.of(r.file()),
                        new Position(r.line(), r.column()),
                        r.descriptionEn(),
                        r.descriptionDa(),
                        r.section(),
                        r.strength(),
                        r.phase(),
                        r.factsRead().stream()
                                .map(code -> Fact.byCode(code)
                                        .orElseThrow(() -> new IllegalArgumentException("unknown fact " + code)))
                                .toList()))
                .toList();
    }
}
