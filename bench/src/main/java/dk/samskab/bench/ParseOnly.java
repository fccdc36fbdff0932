package dk.samskab.bench;

import dk.samskab.loading.CaseFiles;
import dk.samskab.loading.CaseReader;
import dk.samskab.text.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The baseline of "replay of N scenarios ≤ 3× parse-only of the same files": {@code ParseOnly DIR} finds the case
 * files below DIR and reads and checks each one exactly as {@code samskab replay} does ({@link CaseFiles#below}, then
 * {@link CaseReader#read} one file at a time, nothing kept), with no rules, no classification and no report.
 * Prints the count; exits 1 when a file could not be read.
 */
public final class ParseOnly {

    private ParseOnly() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: ParseOnly DIR   (DIR must be a folder)");
            System.exit(2);
        }
        long began = System.nanoTime();
        List<Path> files = CaseFiles.below(Path.of(args[0]));
        int read = 0;
        int errors = 0;
        for (Path file : files) {
            try {
                CaseReader.read(file);
                read++;
            } catch (InputError e) {
                errors++;
                System.err.println("ERROR  " + e.getMessage());
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d files read, %d errors, in %.3f s (in-process)%n",
                read,
                errors,
                (System.nanoTime() - began) / 1e9);
        System.exit(errors == 0 ? 0 : 1);
    }
}
