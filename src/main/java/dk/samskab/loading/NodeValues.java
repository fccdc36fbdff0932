package dk.samskab.loading;

import dk.samskab.i18n.Message;
import dk.samskab.loading.Node.Entry;
import dk.samskab.loading.Node.ListNode;
import dk.samskab.loading.Node.MapNode;
import dk.samskab.loading.Node.ScalarKind;
import dk.samskab.loading.Node.ScalarNode;
import dk.samskab.model.Fact;
import dk.samskab.text.InputError;
import dk.samskab.text.Quoted;
import dk.samskab.text.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The nodes of one file read as the values a case holds — a mapping with known keys, a required value, text, yes
 * or no, a code from the contract's list — each refusal an {@link InputError} placed at its node, in words
 * ("expected a list, found text 'x'"), with a "did you mean" where a near name exists.
 */
final class NodeValues {

    private final Path file;

    NodeValues(Path file) {
        this.file = file;
    }

    List<String> optionalCodes(MapNode node, String key, List<String> allowed) throws InputError {
        Entry entry = node.entries().get(key);
        return entry == null || isEmpty(entry.value()) ? List.of() : codeList(entry.value(), allowed, key);
    }

    void checkKeys(MapNode node, List<String> known, String messageKey) throws InputError {
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

    Node required(MapNode node, String key) throws InputError {
        return required(node, key, null);
    }

    /** The value of a key that must be there; {@code parent} names the mapping it is missing from, if not the top. */
    Node required(MapNode node, String key, String parent) throws InputError {
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

    static Node node(Entry entry) {
        return new ScalarNode(entry.keyAt(), ScalarKind.NULL, "");
    }

    MapNode mapping(Node node, Message otherwise) throws InputError {
        if (node instanceof MapNode map) {
            return map;
        }
        throw error(node, otherwise);
    }

    ListNode list(Node node, String key) throws InputError {
        if (node instanceof ListNode list) {
            return list;
        }
        throw error(node, Message.of("case.not-list", key, shape(node)));
    }

    String text(Node node, String key) throws InputError {
        if (node instanceof ScalarNode scalar && !scalar.isEmpty()) {
            return scalar.text();
        }
        throw error(node, Message.of("case.not-text", key, shape(node)));
    }

    String optionalText(MapNode node, String key) throws InputError {
        Entry entry = node.entries().get(key);
        return entry == null || isEmpty(entry.value()) ? null : text(entry.value(), key);
    }

    Boolean bool(Node node, String key) throws InputError {
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.BOOLEAN) {
            String text = scalar.text().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw error(node, Message.of("case.boolean-word", key, scalar.text()));
        }
        throw error(node, Message.of("case.not-boolean", key, shape(node)));
    }

    String choice(Node node, List<String> allowed, String key) throws InputError {
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

    List<String> codeList(Node node, List<String> allowed, String key) throws InputError {
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

    static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.isEmpty();
    }

    static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.text() : null;
    }

    /** What a node is, in words: for "expected a list, found text 'x'". */
    static Message shape(Node node) {
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

    InputError error(Node node, Message message) {
        return new InputError(file, node.at(), message);
    }
}
