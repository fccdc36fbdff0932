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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/** Parses a YAML or JSON text into a {@link Node} tree with positions, within the {@link Limits}. */
final class YamlTree {

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH * 2)
            .maxStringLength(Limits.MAX_STRING_LENGTH * 2)
            .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES * 2L)
            .build();

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS)
            .build();

    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private final Path file;
    private final JsonParser parser;

    private YamlTree(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(Math.max(1, Limits.MAX_ALIASES));
        options.setNestingDepthLimit(Limits.MAX_NESTING_DEPTH * 2);
        options.setCodePointLimit(Limits.MAX_DOCUMENT_BYTES);
        options.setAllowDuplicateKeys(true); // duplicates are rejected by the tree, with both lines
        return options;
    }

    /** The root node of {@code text}; JSON when {@code json}, else YAML. {@code null} for an empty document. */
    static Node parse(Path file, String text, boolean json) throws InputError {
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            YamlTree tree = new YamlTree(file, parser);
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
            throw yamlError(file, e);
        } catch (StreamConstraintsException e) {
            throw new InputError(file, null, Message.of("load.too-large", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Position position = at == null ? null : new Position(at.getLineNr(), at.getColumnNr());
            throw new InputError(file, position, Message.of("load.not-json", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputError(file, null, Message.of("load.unreadable", e.getMessage()));
        }
    }

    private Node node(JsonToken token, int depth) throws IOException, InputError {
        JsonLocation at = parser.currentTokenLocation();
        if (depth > Limits.MAX_NESTING_DEPTH) {
            throw error(at, Message.of("load.too-deep", Limits.MAX_NESTING_DEPTH));
        }
        rejectAnchorsAndAliases(at);
        return switch (token) {
            case START_OBJECT -> map(at, depth);
            case START_ARRAY -> list(at, depth);
            case VALUE_STRING -> scalar(at, ScalarKind.STRING);
            case VALUE_TRUE, VALUE_FALSE -> scalar(at, ScalarKind.BOOLEAN);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(at, ScalarKind.NUMBER);
            case VALUE_NULL -> scalar(at, ScalarKind.NULL);
            default -> throw error(at, Message.of("load.unexpected", token.asString()));
        };
    }

    private MapNode map(JsonLocation at, int depth) throws IOException, InputError {
        LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = parser.currentName();
            Entry earlier = entries.get(key);
            if (earlier != null) {
                throw error(keyAt, Message.of("load.duplicate-key", key, earlier.keyAt().line()));
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
            items.add(node(token, depth + 1));
        }
        return new ListNode(position(at), items);
    }

    private ScalarNode scalar(JsonLocation at, ScalarKind kind) throws IOException, InputError {
        String text = parser.getText();
        if (text.length() > Limits.MAX_STRING_LENGTH) {
            throw error(at, Message.of("load.string-too-long", Limits.MAX_STRING_LENGTH));
        }
        return new ScalarNode(position(at), kind, text);
    }

    private void rejectAnchorsAndAliases(JsonLocation at) throws IOException, InputError {
        if (parser instanceof YAMLParser yaml) {
            if (yaml.isCurrentAlias()) {
                throw error(at, Message.of("load.alias", parser.getText()));
            }
            if (yaml.getObjectId() != null) {
                throw error(at, Message.of("load.anchor", String.valueOf(yaml.getObjectId())));
            }
        }
    }

    private InputError error(JsonLocation at, Message message) {
        return new InputError(file, position(at), message);
    }

    private static Position position(JsonLocation at) {
        return new Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static InputError yamlError(Path file, MarkedYAMLException e) {
        var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position at = mark == null ? null : new Position(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? e.getOriginalMessage() : e.getProblem();
        return new InputError(file, at, YamlProblems.explain(problem));
    }
}
