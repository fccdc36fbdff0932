package dk.samskab.loading;

import dk.samskab.i18n.Message;
import dk.samskab.loading.Node.Entry;
import dk.samskab.loading.Node.ListNode;
import dk.samskab.loading.Node.MapNode;
import dk.samskab.loading.Node.ScalarKind;
import dk.samskab.loading.Node.ScalarNode;
import dk.samskab.model.Actor;
import dk.samskab.model.ActorKind;
import dk.samskab.model.Case;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import dk.samskab.text.InputError;
import dk.samskab.text.Quoted;
import dk.samskab.text.SourceText;
import dk.samskab.text.Suggestions;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a case or scenario file strictly, as the contract defines it: an unknown key, a value outside the
 * contract's lists, a wrong type, a missing required field or a reference to an unlisted actor is an
 * {@link InputError} at the offending line and column, with a "did you mean" where a near name exists.
 */
public final class CaseReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    static final List<String> TOP_KEYS =
            List.of("id", "title", "source", "description", "perspective_of", "prepared_by", "date", "case", "expect");
    static final List<String> EXPECT_KEYS =
            List.of("type", "warnings", "absent_warnings", "employee_role", "citizen_roles");
    static final List<String> ACTOR_KEYS = List.of("name", "kind");
    static final List<String> PERCEPTION_KEYS = List.of("actor", "type");

    private final Path file;

    private CaseReader(Path file) {
        this.file = file;
    }

    /** Reads and checks the file at {@code path}. */
    public static CaseFile read(Path path) throws InputError {
        return parse(path, SourceText.readBytes(path));
    }

    /** Checks {@code bytes} as the content of {@code path} (whose name tells JSON from YAML). */
    public static CaseFile parse(Path path, byte[] bytes) throws InputError {
        String text = SourceText.decode(path, bytes);
        SourceText.requirePrintable(path, text);
        boolean json = path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (!json) {
            SourceText.requireLinesWithin(path, text, Limits.MAX_LINE_LENGTH);
        }
        Node root = NodeParser.parse(path, text, json);
        return new CaseReader(path).caseFile(root, SourceText.sha256(bytes), text.isBlank());
    }

    private CaseFile caseFile(Node root, String sha256, boolean blank) throws InputError {
        if (root == null || (root instanceof ScalarNode s && s.isEmpty())) {
            throw new InputError(file, null, Message.of(blank ? "case.empty" : "case.no-content"));
        }
        MapNode top = mapping(root, Message.of("case.top-not-mapping", shape(root)));
        checkKeys(top, TOP_KEYS, "case.unknown-top-key");
        String id = text(required(top, "id"), "id");
        if (!ID.matcher(id).matches()) {
            throw error(top.entries().get("id").value(), Message.of("case.bad-id", Quoted.abbreviate(id)));
        }
        String title = text(required(top, "title"), "title");
        String source = optionalText(top, "source");
        String description = optionalText(top, "description");
        String preparedBy = optionalText(top, "prepared_by");
        LocalDate date = date(top);
        Case facts = facts(mapping(required(top, "case"), Message.of("case.not-mapping", "case")));
        String perspectiveOf = perspectiveOf(top, facts.getActors());
        Entry expect = top.entries().get("expect");
        Expectation expectation = expect == null ? null : expectation(expect.value());
        return new CaseFile(
                file,
                id,
                title,
                source,
                description,
                facts,
                expectation,
                sha256,
                new CaseFile.Authorship(perspectiveOf, preparedBy, date));
    }

    /** {@code perspective_of}: the name of one of the actors, whose own description the file is. */
    private String perspectiveOf(MapNode top, List<Actor> actors) throws InputError {
        Entry entry = top.entries().get("perspective_of");
        if (entry == null || isEmpty(entry.value())) {
            return null;
        }
        String party = text(entry.value(), "perspective_of");
        for (Actor actor : actors) {
            if (sameName(actor.name()).equals(sameName(party))) {
                return actor.name(); // as listed: names are compared after NFC and without the spaces around them
            }
        }
        List<String> names = actors.stream().map(Actor::name).toList();
        throw error(
                entry.value(),
                Message.of("case.unknown-party", Quoted.abbreviate(party), Suggestions.hint(party, names)));
    }

    /** {@code date}: a day written {@code YYYY-MM-DD}, and one the calendar has. */
    private LocalDate date(MapNode top) throws InputError {
        Entry entry = top.entries().get("date");
        if (entry == null || isEmpty(entry.value())) {
            return null;
        }
        Node node = entry.value();
        String text = node instanceof ScalarNode scalar ? scalar.text() : null;
        if (text == null || !DATE.matcher(text).matches()) {
            throw error(node, Message.of("case.bad-date", shape(node)));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node, Message.of("case.no-such-date", text));
        }
    }

    private Case facts(MapNode node) throws InputError {
        List<String> keys = new ArrayList<>();
        keys.add("actors");
        keys.addAll(Fact.codes());
        keys.add("perceived_types");
        checkKeys(node, keys, "case.unknown-fact");
        List<Actor> actors = actors(required(node, "actors", "case"));
        Map<Fact, Object> values = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            Entry entry = node.entries().get(fact.code());
            if (entry != null && !isEmpty(entry.value())) {
                values.put(fact, factValue(fact, entry.value()));
            }
        }
        Entry perceptions = node.entries().get("perceived_types");
        List<PerceivedType> perceived = perceptions == null || isEmpty(perceptions.value())
                ? List.of()
                : perceivedTypes(perceptions.value(), actors);
        return new Case(actors, values, perceived);
    }

    private List<Actor> actors(Node node) throws InputError {
        ListNode list = list(node, "actors");
        if (list.items().isEmpty()) {
            throw error(node, Message.of("case.no-actors"));
        }
        List<Actor> actors = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Node item : list.items()) {
            MapNode actor = mapping(item, Message.of("case.actor-not-mapping", shape(item)));
            checkKeys(actor, ACTOR_KEYS, "case.unknown-actor-key");
            String name = text(required(actor, "name", "actors"), "name");
            Node kindNode = required(actor, "kind", "actors");
            String kind = choice(kindNode, ActorKind.codes(), "kind");
            if (!names.add(sameName(name))) {
                throw error(
                        actor.entries().get("name").value(),
                        Message.of("case.duplicate-actor", Quoted.abbreviate(name)));
            }
            actors.add(new Actor(name, kind));
        }
        return actors;
    }

    private Object factValue(Fact fact, Node node) throws InputError {
        return switch (fact.kind()) {
            case BOOLEAN -> bool(node, fact.code());
            case CHOICE -> choice(node, fact.allowed(), fact.code());
            case LIST -> codeList(node, fact.allowed(), fact.code());
        };
    }

    private List<PerceivedType> perceivedTypes(Node node, List<Actor> actors) throws InputError {
        List<PerceivedType> perceived = new ArrayList<>();
        for (Node item : list(node, "perceived_types").items()) {
            MapNode entry = mapping(item, Message.of("case.perception-not-mapping", shape(item)));
            checkKeys(entry, PERCEPTION_KEYS, "case.unknown-perception-key");
            Node actorNode = required(entry, "actor", "perceived_types");
            String actor = listedActor(actorNode, actors);
            String type = choice(required(entry, "type", "perceived_types"), Codes.CO_CREATION_TYPES, "type");
            perceived.add(new PerceivedType(actor, type));
        }
        return perceived;
    }

    /**
     * The name of the listed actor that {@code node} names, as written under {@code actors}: names are compared as
     * a reader sees them, after Unicode normalisation (NFC, so that "Å" typed as one character or as A and a ring
     * is one name) and without the spaces around them.
     */
    private String listedActor(Node node, List<Actor> actors) throws InputError {
        String written = text(node, "actor");
        for (Actor actor : actors) {
            if (sameName(actor.name()).equals(sameName(written))) {
                return actor.name();
            }
        }
        List<String> names = actors.stream().map(Actor::name).toList();
        throw error(
                node, Message.of("case.unknown-actor", Quoted.abbreviate(written), Suggestions.hint(written, names)));
    }

    /** A name as it is compared: NFC, without the spaces around it. */
    static String sameName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    private Expectation expectation(Node node) throws InputError {
        MapNode expect = mapping(node, Message.of("case.not-mapping", "expect"));
        checkKeys(expect, EXPECT_KEYS, "case.unknown-expect-key");
        Entry type = expect.entries().get("type");
        String expectedType = type == null || isEmpty(type.value()) ? null : choice(type.value(), Codes.TYPES, "type");
        List<String> warnings = optionalCodes(expect, "warnings", Codes.WARNINGS);
        List<String> absent = optionalCodes(expect, "absent_warnings", Codes.WARNINGS);
        for (String code : warnings) {
            if (absent.contains(code)) {
                throw error(
                        expect.entries().get("absent_warnings").value(), Message.of("case.warning-both-ways", code));
            }
        }
        Entry role = expect.entries().get("employee_role");
        String employeeRole = null;
        if (role != null && !isEmpty(role.value()) && !"none".equals(scalarText(role.value()))) {
            employeeRole = choice(role.value(), Codes.EMPLOYEE_ROLES, "employee_role");
        }
        Entry citizens = expect.entries().get("citizen_roles");
        Set<String> citizenRoles = citizens == null
                ? null
                : isEmpty(citizens.value())
                        ? Set.of()
                        : new LinkedHashSet<>(codeList(citizens.value(), Codes.CITIZEN_ROLES, "citizen_roles"));
        return new Expectation(expectedType, warnings, absent, role != null, employeeRole, citizenRoles);
    }

    private List<String> optionalCodes(MapNode node, String key, List<String> allowed) throws InputError {
        Entry entry = node.entries().get(key);
        return entry == null || isEmpty(entry.value()) ? List.of() : codeList(entry.value(), allowed, key);
    }

    // --- shapes -------------------------------------------------------------------------------------------

    private void checkKeys(MapNode node, List<String> known, String messageKey) throws InputError {
        for (Entry entry : node.entries().values()) {
            if (!known.contains(entry.key())) {
                Message hint = Suggestions.hint(entry.key(), known);
                if (messageKey.equals("case.unknown-top-key")
                        && Fact.byCode(entry.key()).isPresent()) {
                    hint = Message.of("hint.under-case");
                }
                throw new InputError(file, entry.keyAt(), Message.of(messageKey, Quoted.abbreviate(entry.key()), hint));
            }
        }
    }

    private Node required(MapNode node, String key) throws InputError {
        return required(node, key, null);
    }

    /** The value of a key that must be there; {@code parent} names the mapping it is missing from, if not the top. */
    private Node required(MapNode node, String key, String parent) throws InputError {
        Entry entry = node.entries().get(key);
        if (entry == null) {
            throw error(
                    node,
                    parent == null
                            ? Message.of("case.missing-key", key)
                            : Message.of("case.missing-key-under", key, parent));
        }
        // A text of spaces only is as empty as "" and is refused the same way, at its key.
        boolean blank = entry.value() instanceof ScalarNode s
                && s.kind() == ScalarKind.STRING
                && s.text().isBlank();
        if ((isEmpty(entry.value()) && !(entry.value() instanceof ListNode)) || blank) {
            throw error(
                    entry.value() instanceof ScalarNode s && s.text().isBlank() ? node(entry) : entry.value(),
                    Message.of("case.empty-value", key));
        }
        return entry.value();
    }

    private static Node node(Entry entry) {
        return new ScalarNode(entry.keyAt(), ScalarKind.NULL, "");
    }

    private MapNode mapping(Node node, Message otherwise) throws InputError {
        if (node instanceof MapNode map) {
            return map;
        }
        throw error(node, otherwise);
    }

    private ListNode list(Node node, String key) throws InputError {
        if (node instanceof ListNode list) {
            return list;
        }
        throw error(node, Message.of("case.not-list", key, shape(node)));
    }

    private String text(Node node, String key) throws InputError {
        if (node instanceof ScalarNode scalar && !scalar.isEmpty()) {
            return scalar.text();
        }
        throw error(node, Message.of("case.not-text", key, shape(node)));
    }

    private String optionalText(MapNode node, String key) throws InputError {
        Entry entry = node.entries().get(key);
        return entry == null || isEmpty(entry.value()) ? null : text(entry.value(), key);
    }

    private Boolean bool(Node node, String key) throws InputError {
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.BOOLEAN) {
            String text = scalar.text().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw error(node, Message.of("case.boolean-word", key, scalar.text()));
        }
        throw error(node, Message.of("case.not-boolean", key, shape(node)));
    }

    private String choice(Node node, List<String> allowed, String key) throws InputError {
        if (!(node instanceof ScalarNode scalar) || scalar.kind() == ScalarKind.NULL) {
            throw error(node, Message.of("case.not-code", key, shape(node), String.join(", ", allowed)));
        }
        String code = scalar.text();
        if (!allowed.contains(code)) {
            throw error(
                    node,
                    Message.of(
                            "case.unknown-value",
                            Quoted.abbreviate(code),
                            key,
                            String.join(", ", allowed),
                            Suggestions.hint(code, allowed)));
        }
        return code;
    }

    private List<String> codeList(Node node, List<String> allowed, String key) throws InputError {
        List<String> codes = new ArrayList<>();
        for (Node item : list(node, key).items()) {
            String code = choice(item, allowed, key);
            if (codes.contains(code)) {
                throw error(item, Message.of("case.listed-twice", Quoted.abbreviate(code), key));
            }
            codes.add(code);
        }
        return codes;
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.isEmpty();
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.text() : null;
    }

    /** What a node is, in words: for "expected a list, found text 'x'". */
    private static Message shape(Node node) {
        if (node instanceof MapNode) {
            return Message.of("shape.mapping");
        }
        if (node instanceof ListNode) {
            return Message.of("shape.list");
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.isEmpty()) {
            return Message.of("shape.empty");
        }
        return switch (scalar.kind()) {
            case BOOLEAN -> Message.of("shape.boolean", scalar.text());
            case NUMBER -> Message.of("shape.number", Quoted.abbreviate(scalar.text()));
            default -> Message.of("shape.text", Quoted.abbreviate(scalar.text()));
        };
    }

    private InputError error(Node node, Message message) {
        return new InputError(file, node.at(), message);
    }
}
