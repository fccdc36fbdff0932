package dk.samskab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samskab.explain.Explanation;
import dk.samskab.i18n.Lang;
import dk.samskab.report.model.AxisItem;
import dk.samskab.report.model.CaseReport;
import dk.samskab.report.model.CaseReports;
import dk.samskab.report.model.Items;
import dk.samskab.report.model.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON for programs: the contract's keys ({@code id}, {@code type}, {@code employee_role},
 * {@code citizen_roles}, {@code warnings}, {@code axes}, {@code explanation}) and everything the other formats
 * show, in words beside the codes, in a fixed order and with no timestamp: the same file classified twice gives
 * the same bytes. It lays out the {@link CaseReport}; {@link JsonParts} holds the smaller objects.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CaseReports reports;

    public JsonReport(Lang lang) {
        this.reports = new CaseReports(lang);
    }

    /** The same as {@code new JsonReport(words.lang())}. */
    public JsonReport(CodeWords words) {
        this(words.lang());
    }

    /** One object for one case; an array for several. */
    public String render(List<CaseReport> reports) {
        Object tree = reports.size() == 1
                ? tree(reports.get(0))
                : reports.stream().map(this::tree).toList();
        return write(tree);
    }

    public static String write(Object tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree is always serialisable", e);
        }
    }

    /** The report of one explained case as ordered maps and lists (replay and the API add their own keys). */
    public Map<String, Object> tree(Explanation e) {
        return tree(reports.of(e));
    }

    /** The report of one case as ordered maps and lists. */
    public Map<String, Object> tree(CaseReport r) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", r.head().id());
        report.put("title", r.head().title());
        report.put("file", r.head().file());
        if (r.stamp().preparedBy() != null) {
            report.put("prepared_by", r.stamp().preparedBy());
        }
        if (r.stamp().date() != null) {
            report.put("date", r.stamp().date());
        }
        report.put("type", r.type().code());
        Map<String, Object> typeName = new LinkedHashMap<>();
        typeName.put("en", r.type().english());
        typeName.put("da", r.type().danish());
        report.put("type_name", typeName);
        Roles.Employee employee = r.roles().employee();
        report.put("employee_role", employee == null ? null : employee.role());
        report.put("round_table", employee == null ? null : employee.place());
        report.put(
                "citizen_roles",
                r.roles().citizens().stream().map(Roles.Citizen::role).toList());
        report.put(
                "warnings",
                r.warnings().items().stream().map(JsonParts::warning).toList());
        report.put("axes", axes(r));
        report.put("explanation", JsonParts.explanation(r));
        report.put("fired_rules", r.firedRules());
        report.put("stamp", stamp(r.stamp()));
        report.put("in_words", JsonParts.inWords(r));
        return report;
    }

    private static Map<String, Object> axes(CaseReport r) {
        Map<String, Object> axes = new LinkedHashMap<>();
        for (AxisItem axis : r.axes().items()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("position", axis.position());
            view.put("name", axis.name());
            view.put("position_name", axis.positionName());
            axis.counts().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> axisPoleIndex(axis, a) - axisPoleIndex(axis, b)))
                    .forEach(c -> view.put("evidence_" + c.getKey().replace('-', '_'), c.getValue()));
            view.put(
                    "evidence",
                    axis.evidence().stream()
                            .map(item -> {
                                Map<String, Object> entry = new LinkedHashMap<>();
                                entry.put("pole", item.pole());
                                entry.put("pole_name", item.poleName());
                                entry.put("strength", item.strength());
                                entry.put("counted", item.counted());
                                entry.putAll(JsonParts.because(item.reason()));
                                return entry;
                            })
                            .toList());
            view.put("settled_by", axis.settledBy() == null ? null : JsonParts.because(axis.settledBy()));
            view.put("tally", axis.tally());
            view.put("state", axis.state());
            view.put("settled_how", axis.tally());
            view.put("weights", axis.weights());
            axes.put(axis.code(), view);
        }
        return axes;
    }

    private static int axisPoleIndex(AxisItem axis, String pole) {
        return dk.samskab.model.Axis.byCode(axis.code()).orElseThrow().poles().indexOf(pole);
    }

    private static Map<String, Object> stamp(Items.Stamp stamp) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("samskab", stamp.samskab());
        entry.put("drools", stamp.drools());
        entry.put("rules_sha256", stamp.rulesSha256());
        entry.put("case_sha256", stamp.caseSha256());
        entry.put("line", stamp.line());
        return entry;
    }
}
