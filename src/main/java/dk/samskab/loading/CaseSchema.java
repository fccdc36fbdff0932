package dk.samskab.loading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.ActorKind;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (2020-12) of case and scenario files, generated from what {@link CaseReader} accepts: its keys,
 * the facts and their value lists, the actor kinds and the outcome codes, and the {@link Limits} a schema can say.
 * An editor uses it to complete and check a case as it is typed; the reader stays the gate, and its messages the
 * ones users see. What a schema cannot express (duplicate keys and actor names, a perception naming an unlisted
 * actor, a warning both expected and absent, YAML aliases and tags, control characters, the size and depth limits
 * of the file) the reader alone refuses.
 */
public final class CaseSchema {

    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String TEXT = "#/$defs/text";
    private static final String REQUIRED_TEXT = "#/$defs/required-text";
    private static final String OPTIONAL_TEXT = "#/$defs/optional-text";
    private static final String UNKNOWN = "#/$defs/unknown";

    private CaseSchema() {}

    /** The schema as JSON text, ending with a newline: what {@code samskab schema} prints. */
    public static String json() {
        try {
            return JSON.writeValueAsString(tree()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema is maps, lists and strings", e);
        }
    }

    /** The schema as ordered maps and lists. */
    public static Map<String, Object> tree() {
        MessageBundle en = MessageBundle.of(Lang.EN);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DIALECT);
        schema.put("title", "samskab case or scenario file");
        schema.put(
                "description",
                "One co-creation process (a case) and, for a scenario, the classification it is expected to get. "
                        + "samskab's reader is stricter than this schema: it also refuses duplicate keys and actor "
                        + "names, perceptions of unlisted actors, and YAML aliases and tags.");
        schema.put("type", "object");
        schema.put("required", List.of("id", "title", "case"));
        Map<String, Object> top = new LinkedHashMap<>();
        for (String key : CaseReader.TOP_KEYS) {
            top.put(key, topKey(key));
        }
        schema.put("properties", top);
        schema.put("additionalProperties", false);

        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("text", text(false));
        defs.put("required-text", text(true));
        defs.put("optional-text", anyOf(ref(UNKNOWN), ref(TEXT)));
        defs.put("unknown", unknown());
        defs.put("case", facts(en));
        defs.put("actor", actor());
        defs.put("perception", perception());
        defs.put("expect", expect());
        schema.put("$defs", defs);
        return schema;
    }

    private static Object topKey(String key) {
        return switch (key) {
            case "id" ->
                described(
                        anyOf(
                                map("type", "string", "pattern", "^" + CaseReader.ID.pattern() + "$"),
                                map("type", "integer", "minimum", 0)),
                        "Lower-case letters, digits and hyphens; unique within a replayed folder.");
            case "title" -> described(ref(REQUIRED_TEXT), "What the process is called.");
            case "case" -> described(ref("#/$defs/case"), "The facts of the process.");
            case "expect" ->
                described(ref("#/$defs/expect"), "What the classification is expected to be (a scenario to replay).");
            case "date" ->
                described(
                        anyOf(
                                ref(UNKNOWN),
                                map(
                                        "type",
                                        "string",
                                        "pattern",
                                        "^" + CaseReader.DATE.pattern() + "$",
                                        "format",
                                        "date")),
                        "When the description was written, YYYY-MM-DD.");
            case "perspective_of" ->
                described(ref(OPTIONAL_TEXT), "The name of the actor whose own description of the process this is.");
            case "prepared_by" -> described(ref(OPTIONAL_TEXT), "Who wrote the description.");
            case "source" -> described(ref(OPTIONAL_TEXT), "Where the case comes from.");
            case "description" -> described(ref(OPTIONAL_TEXT), "The process in words.");
            default -> ref(OPTIONAL_TEXT);
        };
    }

    private static Map<String, Object> facts(MessageBundle en) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Map<String, Object> actors = new LinkedHashMap<>();
        actors.put("description", "Who takes part: at least one actor, each with a name and a kind.");
        actors.put("type", "array");
        actors.put("minItems", 1);
        actors.put("maxItems", Limits.MAX_LIST_ITEMS);
        actors.put("items", ref("#/$defs/actor"));
        properties.put("actors", actors);
        for (Fact fact : Fact.values()) {
            String question = "question." + fact.code();
            String description = (en.has(question) ? en.text(question) + " " : "")
                    + "Leave it out when it is not known: a missing fact is unknown, never false.";
            properties.put(fact.code(), described(anyOf(ref(UNKNOWN), value(fact)), description));
        }
        Map<String, Object> perceived = new LinkedHashMap<>();
        perceived.put("type", "array");
        perceived.put("maxItems", Limits.MAX_LIST_ITEMS);
        perceived.put("items", ref("#/$defs/perception"));
        properties.put(
                "perceived_types",
                described(
                        anyOf(ref(UNKNOWN), perceived),
                        "How each party itself understands the process; actor names an entry of actors."));
        return object(List.of("actors"), properties);
    }

    private static Object value(Fact fact) {
        return switch (fact.kind()) {
            case BOOLEAN -> map("type", "boolean");
            case CHOICE -> map("enum", fact.allowed());
            case LIST -> codes(fact.allowed());
        };
    }

    private static Map<String, Object> actor() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", described(ref(REQUIRED_TEXT), "Unique among the actors."));
        properties.put(
                "kind",
                described(
                        map("enum", ActorKind.codes()),
                        "municipality, region, state and public-institution are public actors; the rest are not."));
        properties.keySet().retainAll(CaseReader.ACTOR_KEYS);
        return object(List.of("name", "kind"), properties);
    }

    private static Map<String, Object> perception() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("actor", described(ref(REQUIRED_TEXT), "The name of one of the actors."));
        properties.put("type", map("enum", Codes.CO_CREATION_TYPES));
        properties.keySet().retainAll(CaseReader.PERCEPTION_KEYS);
        return object(List.of("actor", "type"), properties);
    }

    private static Map<String, Object> expect() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", anyOf(ref(UNKNOWN), map("enum", Codes.TYPES)));
        properties.put(
                "warnings",
                described(anyOf(ref(UNKNOWN), codes(Codes.WARNINGS)), "Each must be raised; others may be."));
        properties.put(
                "absent_warnings", described(anyOf(ref(UNKNOWN), codes(Codes.WARNINGS)), "Each must not be raised."));
        List<String> roles = new ArrayList<>(Codes.EMPLOYEE_ROLES);
        roles.add("none");
        properties.put("employee_role", anyOf(ref(UNKNOWN), map("enum", roles)));
        properties.put(
                "citizen_roles", described(anyOf(ref(UNKNOWN), codes(Codes.CITIZEN_ROLES)), "Exactly this set."));
        properties.keySet().retainAll(ExpectationReader.EXPECT_KEYS);
        return object(List.of(), properties);
    }

    /**
     * A text as the reader takes it: any non-empty scalar (a number or true/false is read as its text); a text that
     * must be given ({@code required}) must hold more than spaces.
     */
    private static Map<String, Object> text(boolean required) {
        Map<String, Object> string = new LinkedHashMap<>();
        string.put("type", "string");
        string.put("minLength", 1);
        string.put("maxLength", Limits.MAX_STRING_LENGTH);
        if (required) {
            string.put("pattern", "\\S");
        }
        return anyOf(string, map("type", "number"), map("type", "boolean"));
    }

    /** A value left empty ({@code key:}, {@code null} or {@code ""}), which the reader takes as not given. */
    private static Map<String, Object> unknown() {
        return anyOf(map("type", "null"), map("const", ""));
    }

    private static Map<String, Object> codes(List<String> allowed) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("type", "array");
        list.put("maxItems", Limits.MAX_LIST_ITEMS);
        list.put("uniqueItems", true);
        list.put("items", map("enum", allowed));
        return list;
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        if (!required.isEmpty()) {
            object.put("required", required);
        }
        object.put("properties", properties);
        object.put("additionalProperties", false);
        return object;
    }

    private static Map<String, Object> anyOf(Object... choices) {
        Map<String, Object> any = new LinkedHashMap<>();
        any.put("anyOf", List.of(choices));
        return any;
    }

    /** An ordered map of keys and values, so the schema is written the same way every time. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> ref(String to) {
        return map("$ref", to);
    }

    private static Map<String, Object> described(Map<String, Object> schema, String description) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("description", description);
        described.putAll(schema);
        return described;
    }
}
