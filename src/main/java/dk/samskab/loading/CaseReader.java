package dk.samskab.loading;

import dk.samskab.i18n.Message;
import dk.samskab.loading.Node.Entry;
import dk.samskab.loading.Node.ListNode;
import dk.samskab.loading.Node.MapNode;
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
    static final List<String> ACTOR_KEYS = List.of("name", "kind");
    static final List<String> PERCEPTION_KEYS = List.of("actor", "type");

    private final Path file;
    private final NodeValues values;

    private CaseReader(Path file) {
        this.file = file;
        this.values = new NodeValues(file);
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
        MapNode top = values.mapping(root, Message.of("case.top-not-mapping", NodeValues.shape(root)));
        values.checkKeys(top, TOP_KEYS, "case.unknown-top-key");
        String id = values.text(values.required(top, "id"), "id");
        if (!ID.matcher(id).matches()) {
            throw values.error(top.entries().get("id").value(), Message.of("case.bad-id", Quoted.abbreviate(id)));
        }
        String title = values.text(values.required(top, "title"), "title");
        String source = values.optionalText(top, "source");
        String description = values.optionalText(top, "description");
        String preparedBy = values.optionalText(top, "prepared_by");
        LocalDate date = date(top);
        Case facts = facts(values.mapping(values.required(top, "case"), Message.of("case.not-mapping", "case")));
        String perspectiveOf = perspectiveOf(top, facts.getActors());
        Entry expect = top.entries().get("expect");
        Expectation expectation = expect == null ? null : ExpectationReader.read(expect.value(), values);
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
        if (entry == null || NodeValues.isEmpty(entry.value())) {
            return null;
        }
        String party = values.text(entry.value(), "perspective_of");
        for (Actor actor : actors) {
            if (sameName(actor.name()).equals(sameName(party))) {
                return actor.name(); // as listed: names are compared after NFC and without the spaces around them
            }
        }
        List<String> names = actors.stream().map(Actor::name).toList();
        throw values.error(
                entry.value(),
                Message.of("case.unknown-party", Quoted.abbreviate(party), Suggestions.hint(party, names)));
    }

    /** {@code date}: a day written {@code YYYY-MM-DD}, and one the calendar has. */
    private LocalDate date(MapNode top) throws InputError {
        Entry entry = top.entries().get("date");
        if (entry == null || NodeValues.isEmpty(entry.value())) {
            return null;
        }
        Node node = entry.value();
        String text = node instanceof ScalarNode scalar ? scalar.text() : null;
        if (text == null || !DATE.matcher(text).matches()) {
            throw values.error(node, Message.of("case.bad-date", NodeValues.shape(node)));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw values.error(node, Message.of("case.no-such-date", text));
        }
    }

    private Case facts(MapNode node) throws InputError {
        List<String> keys = new ArrayList<>();
        keys.add("actors");
        keys.addAll(Fact.codes());
        keys.add("perceived_types");
        values.checkKeys(node, keys, "case.unknown-fact");
        List<Actor> actors = actors(values.required(node, "actors", "case"));
        Map<Fact, Object> values = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            Entry entry = node.entries().get(fact.code());
            if (entry != null && !NodeValues.isEmpty(entry.value())) {
                values.put(fact, factValue(fact, entry.value()));
            }
        }
        Entry perceptions = node.entries().get("perceived_types");
        List<PerceivedType> perceived = perceptions == null || NodeValues.isEmpty(perceptions.value())
                ? List.of()
                : perceivedTypes(perceptions.value(), actors);
        return new Case(actors, values, perceived);
    }

    private List<Actor> actors(Node node) throws InputError {
        ListNode list = values.list(node, "actors");
        if (list.items().isEmpty()) {
            throw values.error(node, Message.of("case.no-actors"));
        }
        List<Actor> actors = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Node item : list.items()) {
            MapNode actor = values.mapping(item, Message.of("case.actor-not-mapping", NodeValues.shape(item)));
            values.checkKeys(actor, ACTOR_KEYS, "case.unknown-actor-key");
            String name = values.text(values.required(actor, "name", "actors"), "name");
            Node kindNode = values.required(actor, "kind", "actors");
            String kind = values.choice(kindNode, ActorKind.codes(), "kind");
            if (!names.add(sameName(name))) {
                throw values.error(
                        actor.entries().get("name").value(),
                        Message.of("case.duplicate-actor", Quoted.abbreviate(name)));
            }
            actors.add(new Actor(name, kind));
        }
        return actors;
    }

    private Object factValue(Fact fact, Node node) throws InputError {
        return switch (fact.kind()) {
            case BOOLEAN -> values.bool(node, fact.code());
            case CHOICE -> values.choice(node, fact.allowed(), fact.code());
            case LIST -> values.codeList(node, fact.allowed(), fact.code());
        };
    }

    private List<PerceivedType> perceivedTypes(Node node, List<Actor> actors) throws InputError {
        List<PerceivedType> perceived = new ArrayList<>();
        for (Node item : values.list(node, "perceived_types").items()) {
            MapNode entry = values.mapping(item, Message.of("case.perception-not-mapping", NodeValues.shape(item)));
            values.checkKeys(entry, PERCEPTION_KEYS, "case.unknown-perception-key");
            Node actorNode = values.required(entry, "actor", "perceived_types");
            String actor = listedActor(actorNode, actors);
            String type =
                    values.choice(values.required(entry, "type", "perceived_types"), Codes.CO_CREATION_TYPES, "type");
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
        String written = values.text(node, "actor");
        for (Actor actor : actors) {
            if (sameName(actor.name()).equals(sameName(written))) {
                return actor.name();
            }
        }
        List<String> names = actors.stream().map(Actor::name).toList();
        throw values.error(
                node, Message.of("case.unknown-actor", Quoted.abbreviate(written), Suggestions.hint(written, names)));
    }

    /** A name as it is compared: NFC, without the spaces around it. */
    static String sameName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }
}
