package dk.samskab.text;

import dk.samskab.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file's bytes, read within the size limit, and decoded as strict UTF-8 (a leading BOM is accepted). */
public final class SourceText {

    /** Largest file read, in bytes (1 MiB): a case is a page of YAML, a rule file a few pages of DRL. */
    public static final int MAX_FILE_BYTES = 1 << 20;

    private SourceText() {}

    /**
     * The bytes of {@code path}, or an error naming why they cannot be had. Reads at most the size limit, and only
     * from a regular file: a pipe or a device could block or never end.
     */
    public static byte[] readBytes(Path path) throws InputError {
        if (Files.isDirectory(path)) {
            throw new InputError(
                    path, null, Message.of(Files.isReadable(path) ? "load.is-directory" : "load.folder-unreadable"));
        }
        if (!Files.exists(path)) {
            throw new InputError(path, null, missing(path));
        }
        if (!Files.isRegularFile(path)) {
            throw new InputError(path, null, Message.of("load.not-regular-file"));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new InputError(path, null, Message.of("load.file-too-large", MAX_FILE_BYTES / 1024));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputError(path, null, Message.of("load.no-such-file"));
        } catch (AccessDeniedException e) {
            throw new InputError(path, null, Message.of("load.access-denied"));
        } catch (FileSystemException e) {
            throw new InputError(path, null, Message.of("load.unreadable", String.valueOf(e.getReason())));
        } catch (IOException e) {
            throw new InputError(path, null, Message.of("load.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /** Why a path that does not exist cannot be read: no file, a link to nothing, or a loop of links. */
    private static Message missing(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return Message.of("load.no-such-file");
        }
        try {
            path.toRealPath();
            return Message.of("load.no-such-file");
        } catch (NoSuchFileException e) {
            return Message.of("load.dangling-link");
        } catch (IOException e) {
            return Message.of("load.link-loop");
        }
    }

    /** The text of {@code bytes}; bytes that are not UTF-8 are an error at their line and column. */
    public static String decode(Path path, byte[] bytes) throws InputError {
        if (bytes.length >= 2
                && (((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)
                        || ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff))) {
            throw new InputError(path, new Position(1, 1), Message.of("load.utf16"));
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw new InputError(
                    path,
                    positionOf(out, out.limit()),
                    Message.of("load.not-utf8", String.format("0x%02X", bytes[in.position()] & 0xff)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * Checks that {@code text} is what YAML calls printable: no control character but tab and line breaks, nothing
     * binary. Such characters would otherwise reach a terminal or a report; the error names the first one.
     */
    public static void requirePrintable(Path path, String text) throws InputError {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isPrintable(c)) {
                throw new InputError(
                        path,
                        positionOf(text, i),
                        Message.of(isOddLineBreak(c) ? "load.odd-line-break" : "load.unprintable", codeOf(c)));
            }
            i += Character.charCount(c);
        }
    }

    /** Checks that no line of {@code text} is longer than {@code limit} characters; the error is where it passes it. */
    public static void requireLinesWithin(Path path, String text, int limit) throws InputError {
        int line = 1;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                line++;
                column = 0;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (!Character.isLowSurrogate(c) && ++column > limit) {
                throw new InputError(path, new Position(line, column), Message.of("load.line-too-long", limit));
            }
        }
    }

    /**
     * YAML 1.1's printable characters (tab, line feed, carriage return, and the visible ranges), less the line breaks
     * that only YAML knows: NEL (U+0085), LS (U+2028) and PS (U+2029). Editors and terminals treat those
     * differently, so a line number would not be what the writer sees, and they would break a report's lines.
     */
    public static boolean isPrintable(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0x7e)
                || (c >= 0xa0 && c <= 0xd7ff && !isOddLineBreak(c))
                || (c >= 0xe000 && c <= 0xfffd)
                || (c >= 0x10000 && c <= 0x10ffff);
    }

    public static boolean isOddLineBreak(int c) {
        return c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** A character as {@code U+001B}. */
    public static String codeOf(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /**
     * The line and column of the character at {@code index}, as an editor counts them: a line ends at LF, CRLF or
     * CR, and each column is one Unicode character (an emoji is one column, not two).
     */
    public static Position positionOf(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(line, column);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
