package dk.samskab.cli;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Picocli's argument errors in the user's language, as one line. */
final class ParameterErrors {

    private ParameterErrors() {}

    static String explain(ParameterException e, Lang lang) {
        MessageBundle messages = MessageBundle.of(lang);
        if (e instanceof UnmatchedArgumentException unmatched) {
            return messages.text("cli.unknown-argument", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof MissingParameterException missing) {
            return messages.text(
                    "cli.missing-argument",
                    missing.getMissing().stream().map(ParameterErrors::name).collect(Collectors.joining(", ")));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && arg.completionCandidates() != null) {
            StringBuilder allowed = new StringBuilder();
            arg.completionCandidates()
                    .forEach(c ->
                            allowed.append(allowed.length() == 0 ? "" : ", ").append(c));
            return messages.text("cli.invalid-value", e.getValue(), name(arg), allowed);
        }
        if (arg != null && e.getValue() != null) {
            return messages.text("cli.invalid-value-plain", e.getValue(), name(arg));
        }
        return messages.text("cli.bad-arguments", e.getMessage());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
