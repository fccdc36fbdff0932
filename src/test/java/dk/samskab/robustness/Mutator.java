package dk.samskab.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks a valid case file the way people and tools do: deletes, duplicates, renames and retypes keys, changes
 * indentation, truncates, and inserts random or meaningful bytes. Seeded: the same seed gives the same mutations,
 * and {@link #applied()} says what was done, for the failure message.
 */
final class Mutator {

    private static final List<String> RETYPES = List.of(
            "true",
            "false",
            "maybe",
            "yes",
            "0",
            "42",
            "-1.5e10",
            "1e400",
            "0x1F",
            "null",
            "~",
            "\"\"",
            "''",
            "[]",
            "{}",
            "[a, b]",
            "{x: y}",
            "\"text\"",
            "- item",
            "|\n  a block",
            ">-\n  folded",
            "&anchor value",
            "*alias",
            "!!str x",
            "!!binary aGVsbG8=",
            "!custom x",
            "municipality",
            "external",
            "steered",
            "facilitating",
            "citizen",
            "formal",
            "[consultation, decision]",
            "[consultation, consultation]",
            "\"\\e[31mred\"",
            "\"\\u0000\"",
            "\"unclosed",
            "[unclosed",
            "{unclosed",
            "2001-12-14",
            "1:20",
            "@at",
            "`tick",
            "% percent",
            "\"Kø\\xF8\"",
            "\"😀 emoji\"",
            "\"\\uD800\"");
    private static final List<String> KEYS = List.of(
            "id",
            "title",
            "source",
            "description",
            "case",
            "expect",
            "actors",
            "name",
            "kind",
            "actor",
            "type",
            "warnings",
            "absent_warnings",
            "employee_role",
            "citizen_roles",
            "perceived_types",
            "problem_identified_by",
            "initiative_from",
            "goals_set_by",
            "result_planned_in_advance",
            "executor_decided_in_advance",
            "main_responsibility",
            "municipal_role",
            "citizens_positioned_as",
            "partners_take_part_in",
            "help_to_self_help",
            "volunteer_track",
            "facilitates_external_initiative",
            "municipal_contribution",
            "hearing_on_finished_proposal",
            "decision_mandate",
            "partners_to_become_self_running",
            "safeguard_principles",
            "citizen_wishes_differ_from_goals");
    private static final byte[][] SPECIAL = {
        ":".getBytes(StandardCharsets.UTF_8),
        "- ".getBytes(StandardCharsets.UTF_8),
        "? ".getBytes(StandardCharsets.UTF_8),
        "[".getBytes(StandardCharsets.UTF_8),
        "]".getBytes(StandardCharsets.UTF_8),
        "{".getBytes(StandardCharsets.UTF_8),
        "}".getBytes(StandardCharsets.UTF_8),
        ",".getBytes(StandardCharsets.UTF_8),
        "#".getBytes(StandardCharsets.UTF_8),
        "&a ".getBytes(StandardCharsets.UTF_8),
        "*a".getBytes(StandardCharsets.UTF_8),
        "!".getBytes(StandardCharsets.UTF_8),
        "|".getBytes(StandardCharsets.UTF_8),
        ">".getBytes(StandardCharsets.UTF_8),
        "'".getBytes(StandardCharsets.UTF_8),
        "\"".getBytes(StandardCharsets.UTF_8),
        "%".getBytes(StandardCharsets.UTF_8),
        "@".getBytes(StandardCharsets.UTF_8),
        "`".getBytes(StandardCharsets.UTF_8),
        "\t".getBytes(StandardCharsets.UTF_8),
        "\n".getBytes(StandardCharsets.UTF_8),
        "\r".getBytes(StandardCharsets.UTF_8),
        "\n---\n".getBytes(StandardCharsets.UTF_8),
        "\\".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {0},
        {(byte) 0xC3},
        {(byte) 0xF8},
        {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {0x1B, '[', '3', '1', 'm'},
        "ø".getBytes(StandardCharsets.UTF_8),
        "😀".getBytes(StandardCharsets.UTF_8),
        "\u202E".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC2, (byte) 0x85},
    };

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    List<String> applied() {
        return applied;
    }

    /** One mutation of {@code original}, or now and then two to four. */
    byte[] mutate(byte[] original) {
        byte[] bytes = original;
        int count = random.nextInt(3) == 0 ? 2 + random.nextInt(3) : 1;
        for (int i = 0; i < count; i++) {
            bytes = mutateOnce(bytes);
        }
        return bytes;
    }

    private byte[] mutateOnce(byte[] bytes) {
        return switch (random.nextInt(13)) {
            case 0 -> deleteLine(bytes);
            case 1 -> duplicateLine(bytes);
            case 2, 3 -> retypeValue(bytes);
            case 4 -> renameKey(bytes);
            case 5 -> truncate(bytes);
            case 6 -> insertRandomBytes(bytes);
            case 7 -> insertSpecial(bytes);
            case 8 -> reindent(bytes);
            case 9 -> swapLines(bytes);
            case 10 -> deleteRange(bytes);
            case 11 -> flipByte(bytes);
            default -> grow(bytes);
        };
    }

    private byte[] deleteLine(byte[] bytes) {
        List<String> lines = lines(bytes);
        int at = random.nextInt(lines.size());
        applied.add("delete line " + (at + 1));
        lines.remove(at);
        return join(lines);
    }

    private byte[] duplicateLine(byte[] bytes) {
        List<String> lines = lines(bytes);
        int from = random.nextInt(lines.size());
        int to = random.nextBoolean() ? from + 1 : random.nextInt(lines.size() + 1);
        applied.add("duplicate line " + (from + 1) + " at " + (to + 1));
        lines.add(to, lines.get(from));
        return join(lines);
    }

    private byte[] retypeValue(byte[] bytes) {
        List<String> lines = lines(bytes);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int colon = line.indexOf(": ");
        String value = RETYPES.get(random.nextInt(RETYPES.size()));
        if (random.nextInt(20) == 0) {
            value = "x".repeat(60_000 + random.nextInt(10_000));
        } else if (random.nextInt(20) == 0) {
            value = "[" + "a, ".repeat(90 + random.nextInt(20)) + "a]";
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        value = value.replace("\n", "\n" + indent);
        applied.add("retype line " + (at + 1) + " to " + abbreviate(value));
        value = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String changed = colon < 0 ? line + ": " + value : line.substring(0, colon + 2) + value;
        lines.set(at, changed);
        return join(lines);
    }

    private byte[] renameKey(byte[] bytes) {
        List<String> lines = lines(bytes);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return insertSpecial(bytes);
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String key = line.substring(indent.length(), colon);
        String renamed = switch (random.nextInt(4)) {
            case 0 -> KEYS.get(random.nextInt(KEYS.size()));
            case 1 -> key.isEmpty() ? "k" : key.substring(0, key.length() - 1);
            case 2 -> key + "s";
            default -> key.toUpperCase(java.util.Locale.ROOT);
        };
        applied.add("rename key on line " + (at + 1) + " to " + abbreviate(renamed));
        lines.set(at, indent + renamed + line.substring(colon));
        return join(lines);
    }

    private byte[] truncate(byte[] bytes) {
        int at = random.nextInt(bytes.length + 1);
        applied.add("truncate at byte " + at);
        return Arrays.copyOf(bytes, at);
    }

    private byte[] insertRandomBytes(byte[] bytes) {
        byte[] inserted = new byte[1 + random.nextInt(16)];
        random.nextBytes(inserted);
        int at = random.nextInt(bytes.length + 1);
        applied.add("insert " + inserted.length + " random bytes at " + at);
        return insert(bytes, at, inserted);
    }

    private byte[] insertSpecial(byte[] bytes) {
        byte[] inserted = SPECIAL[random.nextInt(SPECIAL.length)];
        int at = random.nextInt(bytes.length + 1);
        applied.add("insert " + Arrays.toString(inserted) + " at " + at);
        return insert(bytes, at, inserted);
    }

    private byte[] reindent(byte[] bytes) {
        List<String> lines = lines(bytes);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int change = random.nextInt(5) - 2;
        String changed = change >= 0
                ? " ".repeat(change + 1) + line
                : line.substring(Math.min(line.length() - line.stripLeading().length(), -change));
        applied.add("reindent line " + (at + 1) + " by " + (change >= 0 ? change + 1 : change));
        lines.set(at, changed);
        return join(lines);
    }

    private byte[] swapLines(byte[] bytes) {
        List<String> lines = lines(bytes);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        applied.add("swap lines " + (a + 1) + " and " + (b + 1));
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        return join(lines);
    }

    private byte[] deleteRange(byte[] bytes) {
        int from = random.nextInt(bytes.length + 1);
        int to = Math.min(bytes.length, from + random.nextInt(40));
        applied.add("delete bytes " + from + ".." + to);
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
    }

    private byte[] flipByte(byte[] bytes) {
        if (bytes.length == 0) {
            return insertRandomBytes(bytes);
        }
        byte[] out = bytes.clone();
        int at = random.nextInt(out.length);
        out[at] ^= (byte) (1 << random.nextInt(8));
        applied.add("flip a bit of byte " + at);
        return out;
    }

    /** Deep nesting, many keys or a long text: the places where limits must hold. */
    private byte[] grow(byte[] bytes) {
        int at = random.nextInt(bytes.length + 1);
        String grown = switch (random.nextInt(3)) {
            case 0 -> "[".repeat(15 + random.nextInt(20)) + "]".repeat(random.nextInt(40));
            case 1 -> "\n" + "x: 1\n".repeat(random.nextInt(50));
            default -> "\"" + "ø".repeat(random.nextInt(70_000)) + "\"";
        };
        applied.add("insert " + abbreviate(grown) + " (" + grown.length() + " characters) at " + at);
        return insert(bytes, at, grown.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** Lines of the text, decoded leniently: a line mutation may work on bytes a previous one made invalid. */
    private static List<String> lines(byte[] bytes) {
        List<String> lines =
                new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String text) {
        String line = text.replace("\n", "\\n");
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
