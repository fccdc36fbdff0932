package dk.samskab.serve;

import dk.samskab.api.CaseException;
import dk.samskab.api.Report;
import dk.samskab.api.Samskab;
import dk.samskab.explain.Stamp;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.loading.CaseSchema;
import dk.samskab.report.Html;
import dk.samskab.report.JsonReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.server.Request;

/**
 * The decision API: {@code POST /api/v1/classify} (a case file in, the JSON report out), {@code GET /api/v1/schema}
 * (the case file's JSON Schema), {@code GET /api/v1/openapi.json} (this API, described) and {@code GET /health}.
 * Every answer is JSON; a refusal is {@code {"error": {"message", "line", "column"}}}. The classification itself
 * is the Java API's ({@link Samskab}), on the rules being served.
 */
final class ApiHandler {

    /** The API's routes and the methods each takes: what {@code openapi.json} describes, and a test holds. */
    static final Map<String, List<String>> ROUTES = Map.of(
            "/api/v1/classify", List.of("POST"),
            "/api/v1/schema", List.of("GET", "HEAD"),
            "/api/v1/openapi.json", List.of("GET", "HEAD"),
            "/health", List.of("GET", "HEAD"));

    private static final String SCHEMA = CaseSchema.json();
    private static final String OPENAPI =
            Html.resource(ApiHandler.class, "openapi.json").replace("${version}", Stamp.currentVersion());

    private final ServeLimits limits;

    ApiHandler(ServeLimits limits) {
        this.limits = limits;
    }

    /** Whether {@code path} belongs to the API (its answers are JSON, its refusals too). */
    static boolean serves(String path) {
        return path.startsWith("/api/") || path.equals("/health");
    }

    /** The answer with {@code served}, the rules of this request; {@code refused}: newer files that do not validate. */
    Reply answer(Request request, String path, Lang lang, LiveRules.Served served, LiveRules.Refused refused)
            throws IOException {
        MessageBundle messages = MessageBundle.of(lang);
        List<String> methods = ROUTES.get(path);
        if (methods == null) {
            return error(404, messages.text("api.404", Front.shorten(path)));
        }
        String method = request.getMethod();
        if (!methods.contains(method)) {
            String allowed = String.join(", ", methods);
            return error(405, messages.text("http.405.text", Front.shorten(path), Front.shorten(method), allowed))
                    .with("Allow", allowed);
        }
        return switch (path) {
            case "/api/v1/classify" -> classify(request, lang, served);
            case "/api/v1/schema" -> new Reply(200, "application/schema+json; charset=utf-8", bytes(SCHEMA), Map.of());
            case "/api/v1/openapi.json" -> Reply.json(200, OPENAPI);
            default -> health(served, refused);
        };
    }

    private Reply classify(Request request, Lang lang, LiveRules.Served served) throws IOException {
        MessageBundle messages = MessageBundle.of(lang);
        String type = request.getHeaders().get("Content-Type");
        String name = caseName(type);
        if (name == null) {
            return error(415, messages.text("api.415"));
        }
        byte[] body = Bodies.read(request, limits.maxCaseBytes());
        if (body == null) {
            return error(413, messages.text("api.413", limits.maxCaseBytes() / 1024));
        }
        try {
            Report report = served.samskab(lang).classify(body, name);
            return Reply.json(200, report.json());
        } catch (CaseException e) {
            return error(e.unreadable() ? 400 : 422, e.problem(), e.line(), e.column());
        } catch (IllegalStateException e) {
            return error(500, messages.text("http.500.rules", e.getMessage()));
        }
    }

    /** The name a body is read under, from its type: {@code case.json} or {@code case.yaml}; else {@code null}. */
    private static String caseName(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("charset=")
                    && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                return null;
            }
        }
        return switch (parts[0].strip()) {
            case "application/json" -> "case.json";
            case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml" -> "case.yaml";
            default -> null;
        };
    }

    private static Reply health(LiveRules.Served served, LiveRules.Refused refused) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("samskab", Stamp.currentVersion());
        Map<String, Object> serving = new LinkedHashMap<>();
        serving.put("sha256", served.rules().sha256());
        serving.put(
                "files",
                served.rules().source().files().stream()
                        .map(f -> served.rules()
                                .source()
                                .folder()
                                .relativize(f.path())
                                .toString()
                                .replace('\\', '/'))
                        .toList());
        serving.put("rules", served.rules().rules().size());
        health.put("rules", serving);
        if (refused != null) {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("sha256", refused.sha256());
            seen.put("problems", refused.problems());
            health.put("refused", seen);
        }
        return Reply.json(200, JsonReport.write(health));
    }

    /** A refusal without a place in a case. */
    static Reply error(int status, String message) {
        return error(status, message, 0, 0);
    }

    private static Reply error(int status, String message, int line, int column) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("line", line == 0 ? null : line);
        error.put("column", column == 0 ? null : column);
        return Reply.json(status, JsonReport.write(Map.of("error", error)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
