package dk.samskab;

import dk.samskab.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as a user would from a terminal, and keeps what it printed. */
public record Run(int status, String out, String err) {

    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /** The non-empty lines written to stderr. */
    public java.util.List<String> errorLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }
}
