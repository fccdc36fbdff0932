package dk.samskab.api;

import dk.samskab.explain.Explanation;
import dk.samskab.explain.RoleView;
import dk.samskab.i18n.Lang;
import dk.samskab.report.CodeWords;
import dk.samskab.report.JsonReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One classified case: the type, the roles, the warnings, and the whole report as the CLI's JSON. */
public final class Report {

    /** A warning the rules raised: its contract code and what it means, in the report's language. */
    public record Warning(String code, String message) {}

    private final Explanation explanation;
    private final Map<String, Object> tree;

    Report(Explanation explanation, Lang lang) {
        this.explanation = explanation;
        this.tree = new JsonReport(new CodeWords(lang)).tree(explanation);
        tree.remove("file");
    }

    /** The case's {@code id}. */
    public String id() {
        return explanation.source().id();
    }

    /** The type's code, e.g. {@code steered} or {@code undetermined}. */
    public String type() {
        return explanation.type();
    }

    /** The employee's role's code, when the type gives one. */
    public Optional<String> employeeRole() {
        return Optional.ofNullable(explanation.employeeRole()).map(RoleView::role);
    }

    /** The citizens' roles' codes (none for consultation alone). */
    public List<String> citizenRoles() {
        return explanation.citizenRoles().stream().map(RoleView::role).toList();
    }

    /** The warnings raised, in the order the report lists them. */
    @SuppressWarnings("unchecked")
    public List<Warning> warnings() {
        return ((List<Map<String, Object>>) tree.get("warnings"))
                .stream()
                        .map(w -> new Warning((String) w.get("code"), (String) w.get("message")))
                        .toList();
    }

    /**
     * The report as {@code samskab classify --format json} writes it, without {@code file}: the same JSON that
     * {@code POST /api/v1/classify} answers with.
     */
    public String json() {
        return JsonReport.write(tree);
    }

    @Override
    public String toString() {
        return "Report[" + id() + ": " + type() + "]";
    }
}
