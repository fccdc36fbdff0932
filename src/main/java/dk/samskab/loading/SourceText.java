package dk.samskab.loading;

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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file's bytes, read within the size limit, and decoded as strict UTF-8 (a leading BOM is accepted). */
public final class SourceText {

    private SourceText() {
    }

    /** The bytes of {@code path}, or an error naming why they cannot be had. Reads at most the size limit. */
    public static byte[] readBytes(Path path) throws InputError {
        if (Files.isDirectory(path)) {
            throw new InputError(path, null, Message.of("load.is-directory"));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
                throw new InputError(path, null, Message.of("load.file-too-large", Limits.MAX_DOCUMENT_BYTES / 1024));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputError(path, null, Message.of("load.no-such-file"));
        } catch (AccessDeniedException e) {
            throw new InputError(path, null, Message.of("load.access-denied"));
        } catch (IOException e) {
            throw new InputError(path, null, Message.of("load.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /** The text of {@code bytes}; bytes that are not UTF-8 are an error at their line and column. */
    public static String decode(Path path, byte[] bytes) throws InputError {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputError(path, positionOf(out), Message.of("load.not-utf8",
                    String.format("0x%02X", bytes[in.position()] & 0xff)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static Position positionOf(CharBuffer decodedSoFar) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decodedSoFar.position(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
                column = 1;
            } else {
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
