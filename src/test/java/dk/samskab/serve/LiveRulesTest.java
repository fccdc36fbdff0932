package dk.samskab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.EditedRules;
import dk.samskab.Project;
import dk.samskab.engine.RuleBase;
import dk.samskab.i18n.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the rule files change, the server serves the new rules once they validate, and the last good ones if not. */
class LiveRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void changedRulesAreServedOnceValidAndBrokenOnesAreReportedWhileTheLastGoodOnesServe() throws Exception {
        Path rules = EditedRules.copyOfShipped(temp.resolve("rules"));
        StringWriter log = new StringWriter();
        String shipped = Files.readString(rules.resolve("typology.drl"));
        byte[] hearing = Files.readAllBytes(Project.scenarios().resolve("article/lokalplan-hoering.yaml"));
        try (LiveRules live = LiveRules.watching(
                        rules, RuleBase.load(rules), Duration.ofHours(1), Lang.EN, new PrintWriter(log));
                SamskabServer server = SamskabServer.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        live,
                        Lang.EN,
                        ServeLimits.DEFAULT,
                        null)) {
            Http http = new Http(server);
            HttpResponse<String> before = http.post("/api/v1/classify", "application/yaml", hearing);
            assertEquals("steered", JSON.readTree(before.body()).get("type").asText());
            String first = before.headers().firstValue("Samskab-Rules").orElseThrow();

            EditedRules.swapSteeredAndResponsibilising(rules);
            live.check();
            HttpResponse<String> after = http.post("/api/v1/classify", "application/yaml", hearing);
            assertEquals(
                    "responsibilising", JSON.readTree(after.body()).get("type").asText());
            String second = after.headers().firstValue("Samskab-Rules").orElseThrow();
            assertTrue(!second.equals(first), second);
            assertTrue(log.toString().contains("now serving " + second), log.toString());

            Files.writeString(
                    rules.resolve("typology.drl"),
                    "\nrule \"broken\" when then nonsense(; end\n",
                    StandardOpenOption.APPEND);
            live.check();
            live.check();
            HttpResponse<String> broken = http.post("/api/v1/classify", "application/yaml", hearing);
            assertEquals(
                    "responsibilising", JSON.readTree(broken.body()).get("type").asText());
            assertEquals(second, broken.headers().firstValue("Samskab-Rules").orElseThrow());
            JsonNode health = JSON.readTree(http.get("/health").body());
            assertEquals(second, "sha256:" + health.at("/rules/sha256").asText());
            assertTrue(health.at("/refused/problems/0").asText().contains("typology.drl"), health.toString());
            String said = log.toString();
            assertEquals(1, said.split("do not validate", -1).length - 1, "the refusal is said once: " + said);

            Files.writeString(rules.resolve("typology.drl"), shipped);
            live.check();
            HttpResponse<String> repaired = http.post("/api/v1/classify", "application/yaml", hearing);
            assertEquals("steered", JSON.readTree(repaired.body()).get("type").asText());
            assertEquals(first, repaired.headers().firstValue("Samskab-Rules").orElseThrow());
            assertTrue(JSON.readTree(http.get("/health").body()).path("refused").isMissingNode());
        }
    }
}
