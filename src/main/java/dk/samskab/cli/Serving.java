package dk.samskab.cli;

import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.serve.Access;
import dk.samskab.serve.LiveRules;
import dk.samskab.serve.SamskabServer;
import dk.samskab.serve.ServeLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@code samskab serve} once its arguments are checked: loads the rules, starts the server, says where it is,
 * and serves until Ctrl-C (or the thread is interrupted), watching the rule files. A class of its own, so that the
 * server's classes are loaded only when {@code serve} runs.
 */
final class Serving {

    /** How often the rule files are looked at for a change. */
    private static final Duration RULES_LOOKED_AT = Duration.ofSeconds(1);

    private final CommonOptions common;
    private final PrintWriter out;
    private final PrintWriter err;

    Serving(CommonOptions common, PrintWriter out, PrintWriter err) {
        this.common = common;
        this.out = out;
        this.err = err;
    }

    /** Serves at {@code address}; {@code token}: the API's key, or {@code null}; {@code origin}: CORS, or null. */
    int run(InetSocketAddress address, String where, String token, String origin) {
        MessageBundle messages = MessageBundle.of(common.lang());
        RuleBase first = RuleLoading.load(common);
        LiveRules rules = LiveRules.watching(common.rulesFolder(), first, RULES_LOOKED_AT, common.lang(), err);
        SamskabServer server;
        try {
            server = SamskabServer.start(
                    address,
                    rules,
                    common.lang(),
                    ServeLimits.DEFAULT,
                    new Access(token, origin),
                    common.debug ? err : null);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | SecurityException e) {
            rules.close();
            throw Failure.badInput(messages.text("serve.cannot-listen", where, String.valueOf(e.getMessage())));
        }
        if (!server.isLoopback()) {
            err.println(messages.text("serve.not-loopback", server.address()));
            err.println(messages.text("serve.network-api", server.address()));
        }
        out.println(messages.text("serve.started", server.address()));
        out.flush();
        RuleLoading.afterRun();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(
                () -> {
                    server.close();
                    rules.close();
                    stopped.countDown();
                },
                "samskab-serve-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            server.close();
            rules.close();
            out.println(messages.text("serve.stopped"));
            Thread.currentThread().interrupt();
        }
        return ExitStatus.OK;
    }
}
