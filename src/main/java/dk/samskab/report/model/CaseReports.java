package dk.samskab.report.model;

import dk.samskab.explain.Explanation;
import dk.samskab.explain.Perception;
import dk.samskab.i18n.Lang;
import dk.samskab.model.Actor;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link CaseReport} of an explanation in one language: the one place where a report reads message keys
 * and the explanation; every format lays out what this builds.
 */
public final class CaseReports {

    private final Wording words;
    private final Reasons reasons;
    private final Conclusions conclusions;
    private final WhatIf whatIf;
    private final Labels labels;

    public CaseReports(Lang lang) {
        this.words = new Wording(lang);
        this.reasons = new Reasons(words);
        this.conclusions = new Conclusions(words, reasons);
        this.whatIf = new WhatIf(words, reasons);
        this.labels = Labels.of(words.messages());
    }

    public Lang lang() {
        return words.lang();
    }

    public Labels labels() {
        return labels;
    }

    public CaseReport of(Explanation e) {
        TypeItem type = conclusions.type(e);
        List<WarningItem> warnings =
                e.warnings().stream().map(w -> conclusions.warning(w, e.type())).toList();
        Roles roles = conclusions.roles(e);
        return new CaseReport(
                words.lang().code(),
                head(e),
                new Section<>(words.text("report.warnings"), words.text("report.no-warnings"), warnings),
                words.text("html.warnings-count", warnings.size()),
                type,
                roles,
                Charts.of(words, e),
                table(roles),
                new Section<>(
                        words.text("report.axes"),
                        type.coCreation() ? "" : words.text("report.axes-not-applicable"),
                        e.axes().stream().map(conclusions::axis).toList()),
                whatIf.questions(e),
                whatIf.whyNot(e),
                whatIf.flips(e),
                e.whatIfAsked(),
                new Section<>(
                        words.text("report.perceptions"),
                        "",
                        e.perceptions().stream().map(p -> perception(p, type)).toList()),
                new Section<>(
                        words.text("html.facts-given"),
                        "",
                        e.source().facts().knownFacts().entrySet().stream()
                                .map(f -> reasons.fact(f.getKey(), f.getValue()))
                                .toList()),
                e.source().facts().getActors().stream().map(this::actor).toList(),
                stamp(e),
                e.firedRules(),
                labels);
    }

    private Items.Head head(Explanation e) {
        List<String> paragraphs = new ArrayList<>();
        String description = e.source().description();
        if (description != null && !description.isBlank()) {
            for (String paragraph : description.strip().split("\\n\\s*\\n")) {
                paragraphs.add(paragraph.strip().replaceAll("\\s*\\n\\s*", " "));
            }
        }
        return new Items.Head(
                e.source().title(),
                e.source().id(),
                e.source().path().toString().replace('\\', '/'),
                e.source().source(),
                paragraphs);
    }

    private Items.Table table(Roles roles) {
        Roles.Employee employee = roles.employee();
        if (employee == null) {
            return new Items.Table(null, null, words.text("html.no-table"));
        }
        return new Items.Table(
                employee.place(),
                words.text("html.round-table-title", employee.placeName()),
                words.text("html.round-table-caption", employee.roleName(), employee.placeName()));
    }

    private Items.Perception perception(Perception p, TypeItem type) {
        String name = words.type(p.type());
        String verdict = p.matchesDerived()
                ? words.text("report.perception-matches")
                : words.text("report.perception-differs", type.name());
        return new Items.Perception(
                p.actor(), p.type(), name, p.matchesDerived(), p.actor() + ": " + name + " — " + verdict);
    }

    private Items.Actor actor(Actor actor) {
        return new Items.Actor(
                actor.name(),
                actor.kind(),
                words.kind(actor.kind()),
                actor.isPublicActor(),
                words.text(actor.isPublicActor() ? "html.public" : "html.non-public"));
    }

    private Items.Stamp stamp(Explanation e) {
        String by = e.source().authorship().preparedBy();
        String date = e.source().authorship().date() == null
                ? null
                : e.source().authorship().date().toString();
        List<String> prepared = new ArrayList<>();
        if (by != null) {
            prepared.add(words.text("report.prepared-by", by));
        }
        if (date != null) {
            prepared.add(words.text("report.date", date));
        }
        var stamp = e.stamp();
        return new Items.Stamp(
                by,
                date,
                String.join(" · ", prepared),
                words.text(
                        "report.stamp",
                        stamp.samskabVersion(),
                        stamp.droolsVersion(),
                        shortHash(stamp.rulesSha256()),
                        shortHash(stamp.caseSha256())),
                stamp.samskabVersion(),
                stamp.droolsVersion(),
                stamp.rulesSha256(),
                stamp.caseSha256());
    }

    private static String shortHash(String sha256) {
        return sha256 == null ? "?" : "sha256:" + sha256.substring(0, Math.min(16, sha256.length()));
    }
}
