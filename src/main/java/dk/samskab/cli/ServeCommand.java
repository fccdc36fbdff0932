package dk.samskab.cli;

import dk.samskab.i18n.Messages;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code samskab serve}: the interview as a local web page, until Ctrl-C. Listens on 127.0.0.1 unless {@code --host}
 * says otherwise; the rules are read from {@code --rules} at start and never over the network.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ServeCommand implements Callable<Integer> {

    /** The port when none is given: fixed, so a bookmarked interview still opens after a restart. */
    static final int DEFAULT_PORT = 7070;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "serve.port")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", descriptionKey = "serve.host")
    String host = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.of(common.lang());
        if (port < 0 || port > 65_535) {
            throw Failure.badInput(messages.text("cli.invalid-value", String.valueOf(port), "--port", "0–65535"));
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw Failure.badInput(messages.text("serve.unknown-host", host));
        }
        // The server's classes are loaded only here: classify and validate never load Jetty (Serving's own class).
        return new Serving(
                        common, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(address, host + ":" + port);
    }
}
