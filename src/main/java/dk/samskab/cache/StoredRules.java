package dk.samskab.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.samskab.model.Fact;
import dk.samskab.rules.RuleInfo;
import dk.samskab.text.Position;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules' descriptions (metadata, place, facts read) as JSON beside the cached model: an array with one object
 * per rule, {@code name, file, line, column, descriptionEn, descriptionDa, section, strength, phase, factsRead}.
 * Written and read with Jackson's streaming API: every cold run reads this file, and starting Jackson's object
 * mapper would cost it a tenth of its start-up.
 */
final class StoredRules {

    private static final JsonFactory JSON = new JsonFactory();

    private StoredRules() {}

    static byte[] write(List<RuleInfo> rules) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartArray();
            for (RuleInfo rule : rules) {
                out.writeStartObject();
                out.writeStringField("name", rule.name());
                out.writeStringField("file", rule.file().toString().replace('\\', '/'));
                out.writeNumberField("line", rule.at().line());
                out.writeNumberField("column", rule.at().column());
                out.writeStringField("descriptionEn", rule.descriptionEn());
                out.writeStringField("descriptionDa", rule.descriptionDa());
                out.writeStringField("section", rule.section());
                out.writeStringField("strength", rule.strength());
                out.writeStringField("phase", rule.phase());
                out.writeArrayFieldStart("factsRead");
                for (Fact fact : rule.factsRead()) {
                    out.writeString(fact.code());
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        return bytes.toByteArray();
    }

    static List<RuleInfo> read(byte[] json) throws IOException {
        List<RuleInfo> rules = new ArrayList<>();
        try (JsonParser in = JSON.createParser(json)) {
            expect(in, in.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
                expect(in, token, JsonToken.START_OBJECT);
                rules.add(rule(in));
            }
        }
        return List.copyOf(rules);
    }

    /** One rule's object, the parser on its opening brace. */
    private static RuleInfo rule(JsonParser in) throws IOException {
        Map<String, Object> fields = new HashMap<>();
        for (String field = in.nextFieldName(); field != null; field = in.nextFieldName()) {
            JsonToken value = in.nextToken();
            if (value == JsonToken.START_ARRAY) {
                List<Fact> facts = new ArrayList<>();
                for (JsonToken entry = in.nextToken(); entry != JsonToken.END_ARRAY; entry = in.nextToken()) {
                    String code = in.getValueAsString();
                    facts.add(Fact.byCode(code).orElseThrow(() -> new IOException("unknown fact " + code)));
                }
                fields.put(field, List.copyOf(facts));
            } else if (value == JsonToken.VALUE_NUMBER_INT) {
                fields.put(field, in.getIntValue());
            } else {
                fields.put(field, in.getValueAsString());
            }
        }
        @SuppressWarnings("unchecked")
        List<Fact> factsRead = (List<Fact>) fields.getOrDefault("factsRead", List.of());
        return new RuleInfo(
                (String) fields.get("name"),
                Path.of((String) fields.get("file")),
                new Position((Integer) fields.get("line"), (Integer) fields.get("column")),
                (String) fields.get("descriptionEn"),
                (String) fields.get("descriptionDa"),
                (String) fields.get("section"),
                (String) fields.get("strength"),
                (String) fields.get("phase"),
                factsRead);
    }

    private static void expect(JsonParser in, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException(
                    "stored rules: expected " + expected + " at " + in.currentLocation() + ", found " + actual);
        }
    }
}
