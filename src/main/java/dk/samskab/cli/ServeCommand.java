package dk.samskab.cli;

import dk.samskab.i18n.MessageBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code samskab serve}: the interview as a local web page and the decision API, until Ctrl-C. Listens on 127.0.0.1
 * unless {@code --host} says otherwise, and then only with a key ({@code --token-file}) for the API; the rules are
 * read from {@code --rules}, again when they change, and never over the network.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ServeCommand implements Callable<Integer> {

    /** The port when none is given: fixed, so a bookmarked interview still opens after a restart. */
    static final int DEFAULT_PORT = 7070;

    /** A web origin: scheme, host and an optional port, nothing more ({@code https://portal.example.dk}). */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "serve.port")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", descriptionKey = "serve.host")
    String host = "127.0.0.1";

    @Option(names = "--token-file", paramLabel = "FILE", descriptionKey = "serve.token-file")
    Path tokenFile;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", descriptionKey = "serve.allow-origin")
    String allowOrigin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MessageBundle messages = MessageBundle.of(common.lang());
        if (port < 0 || port > 65_535) {
            throw Failure.badInput(messages.text("cli.invalid-value", String.valueOf(port), "--port", "0–65535"));
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw Failure.badInput(messages.text("serve.unknown-host", host));
        }
        boolean loopback = address.getAddress().isLoopbackAddress();
        if (!loopback && tokenFile == null) {
            throw Failure.badInput(messages.text("serve.needs-token", host));
        }
        String token = tokenFile == null ? null : token(messages);
        if (allowOrigin != null && !ORIGIN.matcher(allowOrigin).matches()) {
            throw Failure.badInput(messages.text("serve.bad-origin", allowOrigin));
        }
        // The server's classes are loaded only there: classify and validate never load Jetty (Serving's own class).
        return new Serving(
                        common, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(address, host + ":" + port, token, allowOrigin);
    }

    /** The key in {@code --token-file}: its first line, which must hold at least 16 characters. */
    private String token(MessageBundle messages) {
        String text;
        try {
            text = Files.readString(tokenFile, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw Failure.badInput(messages.text("serve.token-unreadable", tokenFile, Reasons.of(e, messages)), e);
        }
        String token = text.lines().findFirst().orElse("").strip();
        if (token.length() < 16) {
            throw Failure.badInput(messages.text("serve.token-short", tokenFile));
        }
        return token;
    }
}
