package dk.samskab.report.model;

import dk.samskab.i18n.MessageBundle;

/** The fixed words of a report in one language: labels, column heads and the words of the page around a case. */
public record Labels(
        String type,
        String warnings,
        String roles,
        String employee,
        String citizens,
        String source,
        String chain,
        String actors,
        String noEvidence,
        String noFacts,
        String wouldSettle,
        String factsColumn,
        String reasonColumn,
        String sectionColumn,
        String actor,
        String kind,
        String question,
        String answer,
        String rulesHash,
        String caseHash,
        String forRuleAuthors,
        String employeeSeat,
        String back,
        String overview,
        String caseColumn,
        String titleColumn,
        String verdict,
        String differences,
        String error,
        String changed) {

    static Labels of(MessageBundle m) {
        return new Labels(
                m.text("report.type"),
                m.text("report.warnings"),
                m.text("report.roles"),
                m.text("report.employee"),
                m.text("report.citizens"),
                m.text("html.source"),
                m.text("html.chain"),
                m.text("html.actors"),
                m.text("html.no-evidence"),
                m.text("report.no-facts"),
                m.text("report.would-settle"),
                m.text("report.facts-column"),
                m.text("report.reason-column"),
                m.text("report.section"),
                m.text("html.actor"),
                m.text("html.kind"),
                m.text("html.question"),
                m.text("html.answer"),
                m.text("html.rules-hash"),
                m.text("html.case-hash"),
                m.text("report.for-rule-authors"),
                m.text("html.employee-seat"),
                m.text("html.back"),
                m.text("html.overview"),
                m.text("html.id"),
                m.text("html.title"),
                m.text("html.verdict"),
                m.text("html.differences"),
                m.text("html.error"),
                capitalised(m.text("replay.changed"), m));
    }

    private static String capitalised(String text, MessageBundle m) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(m.lang().locale()) + text.substring(1);
    }
}
