package dk.samskab.loading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import dk.samskab.i18n.Message;
import dk.samskab.loading.Node.Entry;
import dk.samskab.loading.Node.ListNode;
import dk.samskab.loading.Node.MapNode;
import dk.samskab.loading.Node.ScalarKind;
import dk.samskab.loading.Node.ScalarNode;
import dk.samskab.text.InputError;
import dk.samskab.text.Position;
import dk.samskab.text.Quoted;
import dk.samskab.text.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/** Parses a YAML or JSON text into a {@link Node} tree with positions, within the {@link Limits}. */
final class NodeParser {

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH * 2)
            .maxStringLength(Limits.MAX_DOCUMENT_BYTES * 2)
            .maxNameLength(Limits.MAX_DOCUMENT_BYTES * 2)
            .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES * 2L)
            .build();

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS)
            .build();

    private static final JsonFactory JSON =
            JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private final Path file;
    private final JsonParser parser;
    private final Columns columns;

    private NodeParser(Path file, JsonParser parser, Columns columns) {
        this.file = file;
        this.parser = parser;
        this.columns = columns;
    }

    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(Math.max(1, Limits.MAX_ALIASES));
        options.setNestingDepthLimit(Limits.MAX_NESTING_DEPTH * 2);
        options.setCodePointLimit(Limits.MAX_DOCUMENT_BYTES);
        options.setAllowDuplicateKeys(true); // duplicates are rejected by the tree, with both lines
        return options;
    }

    /**
     * The root node of {@code text}; JSON when {@code json}, else YAML. {@code null} for an empty document. The
     * limits are checked as the text streams in, so a hostile document costs no more than the part read.
     */
    static Node parse(Path file, String text, boolean json) throws InputError {
        InputError anchor = json || text.indexOf('&') < 0 ? null : YamlAnchors.first(file, text);
        Node root;
        try {
            root = parseTree(file, text, json);
        } catch (InputError e) {
            throw anchor != null && e.at() != null && YamlAnchors.before(anchor.at(), e.at()) ? anchor : e;
        }
        if (anchor != null) {
            throw anchor;
        }
        return root;
    }

    private static Node parseTree(Path file, String text, boolean json) throws InputError {
        Columns columns = json ? Columns.of(text) : Columns.CODE_POINTS;
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            NodeParser tree = new NodeParser(file, parser, columns);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = tree.node(first, 1);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw tree.error(parser.currentTokenLocation(), Message.of("load.several-documents"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            throw YamlProblems.error(file, text, e);
        } catch (StreamConstraintsException e) {
            throw new InputError(file, null, Message.of("load.too-large", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Position position = at == null || at.getLineNr() < 1 ? null : columns.position(at);
            if (json && position != null) {
                // Jackson places a word it does not know (NaN, Infinity) at its end; a writer looks at its start.
                int length = JsonProblems.unknownWordLength(e.getOriginalMessage());
                position = new Position(position.line(), Math.max(1, position.column() - length));
            }
            throw new InputError(
                    file,
                    position,
                    json ? JsonProblems.explain(e.getOriginalMessage()) : YamlProblems.explain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputError(file, null, Message.of("load.unreadable", e.getMessage()));
        }
    }

    private Node node(JsonToken token, int depth) throws IOException, InputError {
        JsonLocation at = parser.currentTokenLocation();
        // A level is a mapping or a list; the value inside the deepest one adds none.
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        if (container && depth > Limits.MAX_NESTING_DEPTH) {
            throw error(at, Message.of("load.too-deep", Limits.MAX_NESTING_DEPTH));
        }
        rejectAnchorsAliasesAndTags(at);
        return switch (token) {
            case START_OBJECT -> map(at, depth);
            case START_ARRAY -> list(at, depth);
            case VALUE_STRING -> scalar(at, ScalarKind.STRING);
            case VALUE_TRUE, VALUE_FALSE -> scalar(at, ScalarKind.BOOLEAN);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(at, ScalarKind.NUMBER);
            case VALUE_NULL -> scalar(at, ScalarKind.NULL);
            default -> throw error(at, Message.of("load.unexpected", String.valueOf(token)));
        };
    }

    private MapNode map(JsonLocation at, int depth) throws IOException, InputError {
        LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = plainText(keyAt, parser.currentName());
            Entry earlier = entries.get(key);
            if (earlier != null) {
                throw error(
                        keyAt,
                        Message.of(
                                "load.duplicate-key",
                                Quoted.abbreviate(key),
                                earlier.keyAt().line()));
            }
            Node value = node(parser.nextToken(), depth + 1);
            entries.put(key, new Entry(key, position(keyAt), value));
        }
        if (token != JsonToken.END_OBJECT) {
            throw error(parser.currentTokenLocation(), Message.of("load.unexpected", String.valueOf(token)));
        }
        return new MapNode(position(at), entries);
    }

    private ListNode list(JsonLocation at, int depth) throws IOException, InputError {
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw error(parser.currentLocation(), Message.of("load.unexpected", "end of file"));
            }
            if (items.size() == Limits.MAX_LIST_ITEMS) {
                throw error(parser.currentTokenLocation(), Message.of("load.too-many-items", Limits.MAX_LIST_ITEMS));
            }
            items.add(node(token, depth + 1));
        }
        return new ListNode(position(at), items);
    }

    private ScalarNode scalar(JsonLocation at, ScalarKind kind) throws IOException, InputError {
        return new ScalarNode(position(at), kind, plainText(at, parser.getText()));
    }

    /**
     * A key or a value within the string limit and free of control characters: an escape in a quoted text (a
     * backslash and e, r, x1b or u001b) writes one that the check of the raw text cannot see, and it would reach a
     * terminal. YAML turns every line break written in a text into a line feed; tabs are kept.
     */
    private String plainText(JsonLocation at, String text) throws InputError {
        if (text.length() > Limits.MAX_STRING_LENGTH
                && text.codePointCount(0, text.length()) > Limits.MAX_STRING_LENGTH) {
            throw error(at, Message.of("load.string-too-long", Limits.MAX_STRING_LENGTH));
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!SourceText.isPrintable(c) || c == '\r') {
                throw error(
                        at,
                        Message.of(
                                SourceText.isOddLineBreak(c) ? "load.odd-line-break" : "load.unprintable-in-text",
                                SourceText.codeOf(c)));
            }
            i += Character.charCount(c);
        }
        return text;
    }

    private void rejectAnchorsAliasesAndTags(JsonLocation at) throws IOException, InputError {
        if (parser instanceof YAMLParser yaml) {
            if (yaml.isCurrentAlias()) {
                throw error(at, Message.of("load.alias", Quoted.abbreviate(parser.getText())));
            }
            if (yaml.getObjectId() != null) {
                throw error(at, Message.of("load.anchor", Quoted.abbreviate(String.valueOf(yaml.getObjectId()))));
            }
            String tag = yaml.getTypeId();
            if (tag != null) {
                throw error(at, Message.of("load.tag", Quoted.abbreviate(asWritten(tag))));
            }
        }
    }

    /** A tag as a writer would have written it: {@code !!binary} for the standard ones, else {@code !name}. */
    private static String asWritten(String tag) {
        String standard = "tag:yaml.org,2002:";
        return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : "!" + tag;
    }

    private InputError error(JsonLocation at, Message message) {
        return new InputError(file, position(at), message);
    }

    private Position position(JsonLocation at) {
        return columns.position(at);
    }
}
