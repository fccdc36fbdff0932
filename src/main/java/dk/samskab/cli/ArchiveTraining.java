package dk.samskab.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The start-up archive's training run ({@code dk.samskab.cache.StartupArchive}): classifies a sample case in every
 * report format, one after another in this one process, so that the archive holds the classes each format loads
 * (the JSON report's object mapper, the HTML templates) and not only the text report's. Arguments: the case file,
 * the rules folder and the cache folder. Exits 0 when every format was written.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {}

    public static void main(String[] args) {
        Main.quietLogging(false);
        PrintWriter discarded = new PrintWriter(Writer.nullWriter());
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = 0;
        for (String format : new String[] {"text", "json", "markdown", "html"}) {
            int ran = Main.run(
                    new String[] {"classify", args[0], "--rules", args[1], "--cache", args[2], "--format", format},
                    discarded,
                    err);
            status = Math.max(status, ran);
        }
        err.flush();
        System.exit(status);
    }
}
