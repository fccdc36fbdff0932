package dk.samskab.interview;

import dk.samskab.i18n.Message;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Form fields as a browser sends them ({@code application/x-www-form-urlencoded}, in a query or a body), in their
 * order. Decoding is strict: a broken {@code %}-escape or bytes that are not UTF-8 are refused, never guessed at.
 */
public final class FormData {

    /** More fields than any interview needs (18 facts, the actors, their perceptions). */
    public static final int MAX_FIELDS = 1_000;

    /** One field; a name may repeat (one {@code actor} per actor, one {@code answer} per ticked box). */
    public record Field(String name, String value) {}

    private final List<Field> fields;

    public FormData(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /**
     * Decodes a query or a form body as it came over the wire: only printable ASCII may arrive there (a browser
     * %-encodes everything else), so any other byte is refused rather than guessed at.
     */
    public static FormData parseSent(byte[] sent) throws BadInput {
        for (byte b : sent) {
            if (b < 0x20 || b > 0x7E) {
                throw new BadInput(Message.of("form.not-encoded", String.format("0x%02X", b & 0xff)));
            }
        }
        return parse(new String(sent, StandardCharsets.US_ASCII));
    }

    /** Decodes {@code name=value&…}; {@code null} or empty text has no fields. */
    public static FormData parse(String encoded) throws BadInput {
        List<Field> fields = new ArrayList<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                if (fields.size() == MAX_FIELDS) {
                    throw new BadInput(Message.of("form.too-many-fields", MAX_FIELDS));
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                fields.add(new Field(decode(name), decode(value)));
            }
        }
        return new FormData(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    /** Every value of {@code name}, in order. */
    public List<String> all(String name) {
        return fields.stream()
                .filter(f -> f.name().equals(name))
                .map(Field::value)
                .toList();
    }

    /** The value of a field that may be given at most once. */
    public Optional<String> one(String name) throws BadInput {
        List<String> values = all(name);
        if (values.size() > 1) {
            throw new BadInput(Message.of("form.field-twice", name));
        }
        return values.stream().findFirst();
    }

    /** The fields encoded for a query or a form body. */
    public String encode() {
        return fields.stream()
                .map(f -> encode(f.name()) + "=" + encode(f.value()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) throws BadInput {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (low < 0) {
                    throw new BadInput(
                            Message.of("form.bad-escape", text.substring(i, Math.min(text.length(), i + 3))));
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                int codePoint = text.codePointAt(i);
                if (Character.getType(codePoint) == Character.SURROGATE) {
                    throw new BadInput(Message.of("form.not-utf8"));
                }
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInput(Message.of("form.not-utf8"));
        }
    }
}
