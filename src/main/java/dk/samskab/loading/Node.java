package dk.samskab.loading;

import dk.samskab.text.Position;
import java.util.LinkedHashMap;
import java.util.List;

/** A YAML or JSON value with the position it was written at. */
public sealed interface Node {

    Position at();

    /** A mapping; keys keep their order and their own positions. */
    record MapNode(Position at, LinkedHashMap<String, Entry> entries) implements Node {}

    /** One key of a mapping and its value. */
    record Entry(String key, Position keyAt, Node value) {}

    record ListNode(Position at, List<Node> items) implements Node {}

    /** A scalar as written: its text and what YAML or JSON made of it. */
    record ScalarNode(Position at, ScalarKind kind, String text) implements Node {

        /** True for the empty value ({@code key:}) and {@code null}/{@code ~}. */
        public boolean isEmpty() {
            return kind == ScalarKind.NULL || (kind == ScalarKind.STRING && text.isEmpty());
        }
    }

    /** What a scalar is. */
    enum ScalarKind {
        STRING,
        BOOLEAN,
        NUMBER,
        NULL
    }
}
