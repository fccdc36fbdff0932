package dk.samskab.replay;

import dk.samskab.i18n.MessageBundle;
import dk.samskab.text.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A replay as JUnit XML, the schema CI servers read: one {@code testsuite} with a {@code testcase} per scenario,
 * {@code failure} for a FAIL and {@code error} for an ERROR, with times. Test cases are streamed to a temporary
 * file; the counts the suite element needs are known only at the end, when the file is assembled and renamed into
 * place.
 */
public final class JUnitXmlReport implements ReplayListener {

    private final Path target;
    private final Path cases;
    private final Writer casesWriter;
    private final XMLStreamWriter xml;
    private final MessageBundle messages;

    /** The first write that failed; the rest of the report is not written. */
    private WriteFailure failure;

    public JUnitXmlReport(Path target, MessageBundle messages) throws IOException {
        this(target, messages, null);
    }

    /** As above, with the test cases streamed to {@code casesOut} instead of the temporary file (tests). */
    JUnitXmlReport(Path target, MessageBundle messages, Writer casesOut) throws IOException {
        this.target = target;
        this.messages = messages;
        if (AtomicFile.isStream(target)) {
            this.cases =
                    AtomicFile.temporaryFile(Path.of(System.getProperty("java.io.tmpdir")), "samskab-junit", ".cases");
        } else {
            // Beside the report, so that a folder that cannot be written is found before the replay, not after it.
            Path folder = AtomicFile.linkedFile(target).getParent();
            Files.createDirectories(folder);
            this.cases = AtomicFile.temporaryFile(folder, target.getFileName().toString(), ".cases");
        }
        cases.toFile().deleteOnExit();
        this.casesWriter = casesOut != null ? casesOut : Files.newBufferedWriter(cases, StandardCharsets.UTF_8);
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(casesWriter);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void scenario(ScenarioResult result) {
        if (failure != null) {
            return; // the report is lost already; the replay goes on, and finish says why
        }
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", classname(result.file()));
            xml.writeAttribute("name", result.id() == null ? result.file().toString() : result.id());
            xml.writeAttribute("file", result.file().toString());
            xml.writeAttribute("time", seconds(result.nanos()));
            if (result.verdict() == Verdict.FAIL) {
                StringBuilder details = new StringBuilder();
                for (Difference d : result.differences()) {
                    details.append(d.line(messages)).append('\n');
                    d.decidedBy()
                            .forEach(rule -> details.append("  ").append(rule).append('\n'));
                }
                xml.writeStartElement("failure");
                xml.writeAttribute("type", "expectation");
                xml.writeAttribute(
                        "message",
                        result.differences().stream()
                                .map(Difference::field)
                                .reduce((a, b) -> a + ", " + b)
                                .orElse(""));
                xml.writeCharacters(details.toString());
                xml.writeEndElement();
            } else if (result.verdict() == Verdict.ERROR) {
                xml.writeStartElement("error");
                xml.writeAttribute("type", "unreadable");
                xml.writeAttribute("message", result.error());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException | RuntimeException e) {
            failure = WriteFailure.of(e);
        }
    }

    @Override
    public void finish(Summary summary, Coverage coverage) {
        try {
            if (failure != null) {
                closeQuietly();
                throw failure;
            }
            xml.flush();
            xml.close();
            casesWriter.close();
            if (summary.total() == 0) {
                return; // nothing was replayed: an error of the selection, not a green test suite to report
            }
            AtomicFile.write(target, writer -> {
                int tests = summary.total();
                writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"" + tests
                        + "\" failures=\"" + summary.failed() + "\" errors=\"" + summary.errors() + "\" time=\""
                        + seconds(summary.nanos()) + "\">\n  <testsuite name=\"samskab replay\" tests=\"" + tests
                        + "\" failures=\"" + summary.failed() + "\" errors=\"" + summary.errors()
                        + "\" skipped=\"0\" time=\"" + seconds(summary.nanos()) + "\">");
                try (Reader reader = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
                    reader.transferTo(writer);
                }
                writer.write("\n  </testsuite>\n</testsuites>\n");
            });
        } catch (IOException | XMLStreamException e) {
            throw WriteFailure.of(e);
        } finally {
            try {
                Files.deleteIfExists(cases);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the report itself is written or not at all
            }
        }
    }

    private void closeQuietly() {
        try {
            xml.close();
        } catch (XMLStreamException | RuntimeException ignored) {
            // the write failed already
        }
        try {
            casesWriter.close();
        } catch (IOException | RuntimeException ignored) {
            // the write failed already
        }
    }

    private static String classname(Path file) {
        Path parent = file.getParent();
        return parent == null
                ? "scenarios"
                : parent.toString().replace('\\', '/').replace('/', '.');
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /** The report could not be written (its folder, say, is gone or read-only); the replay itself is not at fault. */
    public static final class WriteFailure extends UncheckedIOException {

        WriteFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        /**
         * The failure as the file system gave it: the XML writer wraps an {@link IOException} ("No space left on
         * device") in its own exception, whose message would name both classes.
         */
        static WriteFailure of(Throwable failure) {
            if (failure instanceof WriteFailure already) {
                return already;
            }
            for (Throwable cause = failure; cause != null; cause = next(cause)) {
                if (cause instanceof IOException io) {
                    return new WriteFailure(io);
                }
            }
            return new WriteFailure(new IOException(String.valueOf(failure.getMessage()), failure));
        }

        private static Throwable next(Throwable failure) {
            if (failure instanceof XMLStreamException xml && xml.getNestedException() != null) {
                return xml.getNestedException() == failure ? null : xml.getNestedException();
            }
            return failure.getCause() == failure ? null : failure.getCause();
        }
    }
}
