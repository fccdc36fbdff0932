package dk.samskab.report.model;

import dk.samskab.explain.Explanation;
import dk.samskab.explain.WhyNot;
import dk.samskab.whatif.Flip;
import java.util.List;
import java.util.stream.Collectors;

/** Words what the rules would conclude otherwise: why not the other types, the open questions, the flips. */
final class WhatIf {

    private final Wording words;
    private final Reasons reasons;

    WhatIf(Wording words, Reasons reasons) {
        this.words = words;
        this.reasons = reasons;
    }

    Section<Question> questions(Explanation e) {
        List<Question> questions = e.unknownFacts().stream()
                .map(f -> reasons.question(f, e.type()))
                .toList();
        String note = !e.whatIfAsked()
                ? "html.questions-not-asked"
                : questions.isEmpty() ? "html.no-questions" : "html.questions-intro";
        return new Section<>(words.text("html.questions"), words.text(note), questions);
    }

    Section<Items.Flip> flips(Explanation e) {
        List<Items.Flip> flips = e.flips().stream().map(this::flip).toList();
        String note =
                !e.whatIfAsked() ? "html.questions-not-asked" : flips.isEmpty() ? "report.no-flips" : "report.flips";
        return new Section<>(words.text("report.what-would-change"), words.text(note), flips);
    }

    private Items.Flip flip(Flip flip) {
        String name = words.type(flip.type());
        return new Items.Flip(
                flip.fact().code(),
                flip.from(),
                flip.to(),
                flip.type(),
                name,
                words.text(
                        "report.flip",
                        words.question(flip.fact()),
                        words.answer(flip.fact(), flip.from()),
                        words.answer(flip.fact(), flip.to()),
                        name));
    }

    Section<Items.WhyNot> whyNot(Explanation e) {
        return new Section<>(
                words.text("report.why-not"),
                "",
                e.whyNot().stream().map(this::whyNot).toList());
    }

    private Items.WhyNot whyNot(WhyNot whyNot) {
        String reason = whyNot.outsideCoCreation()
                ? words.text("report.why-not-outside")
                : whyNot.unmet().stream()
                        .map(u -> u.actual() == null || !u.axis().poles().contains(u.actual())
                                ? words.text("why-not-unsettled." + u.axis().code(), words.pole(u.axis(), u.needed()))
                                : words.text(
                                        "why-not." + u.axis().code(),
                                        words.pole(u.axis(), u.needed()),
                                        words.pole(u.axis(), u.actual())))
                        .collect(Collectors.joining("; "));
        return new Items.WhyNot(
                whyNot.type(),
                words.type(whyNot.type()),
                reason,
                whyNot.unmet().stream()
                        .map(u -> new Items.Unmet(u.axis().code(), u.needed(), u.actual()))
                        .toList());
    }
}
