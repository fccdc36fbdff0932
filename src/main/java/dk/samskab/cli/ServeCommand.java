package dk.samskab.cli;

import dk.samskab.engine.Engine;
import dk.samskab.i18n.Messages;
import dk.samskab.interview.Interviewer;
import dk.samskab.serve.InterviewServer;
import dk.samskab.serve.ServeLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
        Interviewer interviewer = new Interviewer(new Engine(Rules.load(common)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InterviewServer server = start(address, interviewer, messages, err);
        if (!server.isLoopback()) {
            err.println(messages.text("serve.not-loopback", server.address()));
        }
        out.println(messages.text("serve.started", server.address()));
        out.flush();
        Rules.afterRun();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(
                () -> {
                    server.close();
                    stopped.countDown();
                },
                "samskab-serve-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            server.close();
            out.println(messages.text("serve.stopped"));
            Thread.currentThread().interrupt();
        }
        return ExitStatus.OK;
    }

    private InterviewServer start(
            InetSocketAddress address, Interviewer interviewer, Messages messages, PrintWriter err) {
        String where = host + ":" + port;
        try {
            return InterviewServer.start(
                    address, interviewer, common.lang(), ServeLimits.DEFAULT, common.debug ? err : null);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | SecurityException e) {
            throw Failure.badInput(messages.text("serve.cannot-listen", where, String.valueOf(e.getMessage())));
        }
    }
}
