package dk.samskab.interview;

import dk.samskab.i18n.Lang;
import dk.samskab.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything an interview has been told, as the user gave it and not yet checked: the language, the process's name,
 * the actors, the answers in the order they were given ({@value #DONT_KNOW} for "don't know") and how the parties
 * see the process. It travels as form fields in the page's address ({@link #toForm()}), so a bookmark, a reload or
 * a restarted server carries on where the user was. {@link InterviewCase#read} checks it.
 *
 * <pre>lang=da&amp;title=…&amp;actor=municipality:Plan+og+Byg&amp;goals_set_by=municipality&amp;decision_mandate=unknown
 * &amp;seen=steered:Plan+og+Byg&amp;perceptions=asked&amp;checks=skipped</pre>
 */
public record InterviewState(
        Lang lang,
        String title,
        List<ActorEntry> actors,
        List<Answer> answers,
        List<Perception> perceptions,
        boolean perceptionsAsked,
        boolean checksSkipped,
        String perspectiveOf) {

    /** The answer "don't know": the fact stays unknown and is not asked again. */
    public static final String DONT_KNOW = "unknown";

    /** Fields that choose what to show or how, not what the interview knows. */
    private static final Set<String> VIEW_FIELDS = Set.of("edit", "step", "download");

    private static final Set<String> OWN_FIELDS =
            Set.of("lang", "title", "perspective_of", "actor", "seen", "perceptions", "checks");

    /** An actor as written: {@code kind} should be a contract code. */
    public record ActorEntry(String name, String kind) {}

    /** One answer: {@code fact} should be a fact's code, {@code value} a value as a case file writes it. */
    public record Answer(String fact, String value) {

        public boolean dontKnow() {
            return DONT_KNOW.equals(value);
        }
    }

    /** How one party sees the process: {@code type} should be one of the four types. */
    public record Perception(String actor, String type) {}

    public InterviewState {
        title = title == null ? "" : title;
        perspectiveOf = perspectiveOf == null || perspectiveOf.isBlank() ? null : perspectiveOf;
        actors = List.copyOf(actors);
        answers = List.copyOf(answers);
        perceptions = List.copyOf(perceptions);
    }

    public static InterviewState empty(Lang lang) {
        return new InterviewState(lang, "", List.of(), List.of(), List.of(), false, false, null);
    }

    /** The state the fields describe; {@code lang} when they name no language. Fields of the view are skipped. */
    public static InterviewState from(FormData form, Lang lang) throws BadInput {
        Lang chosen = lang;
        String language = form.one("lang").orElse(null);
        if (language != null) {
            chosen = Lang.byCode(language).orElseThrow(() -> new BadInput(Message.of("form.bad-lang", language)));
        }
        String perceptionsField = form.one("perceptions").orElse(null);
        if (perceptionsField != null && !perceptionsField.equals("asked")) {
            throw new BadInput(Message.of("form.bad-perceptions", perceptionsField));
        }
        String checksField = form.one("checks").orElse(null);
        if (checksField != null && !checksField.equals("skipped")) {
            throw new BadInput(Message.of("form.bad-checks", checksField));
        }
        List<ActorEntry> actors = new ArrayList<>();
        for (String actor : form.all("actor")) {
            String[] kindAndName = split(actor);
            actors.add(new ActorEntry(kindAndName[1], kindAndName[0]));
        }
        List<Perception> perceptions = new ArrayList<>();
        for (String seen : form.all("seen")) {
            String[] typeAndActor = split(seen);
            perceptions.add(new Perception(typeAndActor[1], typeAndActor[0]));
        }
        List<Answer> answers = new ArrayList<>();
        for (FormData.Field field : form.fields()) {
            if (!OWN_FIELDS.contains(field.name()) && !VIEW_FIELDS.contains(field.name())) {
                answers.add(new Answer(field.name(), field.value()));
            }
        }
        return new InterviewState(
                chosen,
                form.one("title").orElse(""),
                actors,
                answers,
                perceptions,
                perceptionsField != null,
                checksField != null,
                form.one("perspective_of").orElse(null));
    }

    /** {@code code:text}, split at the first colon (codes hold none). */
    private static String[] split(String field) {
        int colon = field.indexOf(':');
        return colon < 0
                ? new String[] {field, ""}
                : new String[] {field.substring(0, colon), field.substring(colon + 1)};
    }

    /** The state as fields, in a fixed order: language, name, actors, answers as given, perceptions. */
    public FormData toForm() {
        List<FormData.Field> fields = new ArrayList<>();
        fields.add(new FormData.Field("lang", lang.code()));
        if (!title.isEmpty()) {
            fields.add(new FormData.Field("title", title));
        }
        if (perspectiveOf != null) {
            fields.add(new FormData.Field("perspective_of", perspectiveOf));
        }
        actors.forEach(a -> fields.add(new FormData.Field("actor", a.kind() + ":" + a.name())));
        answers.forEach(a -> fields.add(new FormData.Field(a.fact(), a.value())));
        perceptions.forEach(p -> fields.add(new FormData.Field("seen", p.type() + ":" + p.actor())));
        if (perceptionsAsked) {
            fields.add(new FormData.Field("perceptions", "asked"));
        }
        if (checksSkipped) {
            fields.add(new FormData.Field("checks", "skipped"));
        }
        return new FormData(fields);
    }

    /** The state as the query of an address. */
    public String query() {
        return toForm().encode();
    }

    public InterviewState withLang(Lang other) {
        return new InterviewState(
                other, title, actors, answers, perceptions, perceptionsAsked, checksSkipped, perspectiveOf);
    }

    public InterviewState withTitle(String name) {
        return new InterviewState(
                lang, name.strip(), actors, answers, perceptions, perceptionsAsked, checksSkipped, perspectiveOf);
    }

    public InterviewState withActor(String name, String kind) {
        List<ActorEntry> more = new ArrayList<>(actors);
        more.add(new ActorEntry(name.strip(), kind));
        return new InterviewState(
                lang, title, more, answers, perceptions, perceptionsAsked, checksSkipped, perspectiveOf);
    }

    /** Without the actor at {@code index}, and without how that actor saw the process. */
    public InterviewState withoutActor(int index) {
        List<ActorEntry> fewer = new ArrayList<>(actors);
        ActorEntry gone = fewer.remove(index);
        List<Perception> kept =
                perceptions.stream().filter(p -> !p.actor().equals(gone.name())).toList();
        String party = gone.name().equals(perspectiveOf) ? null : perspectiveOf;
        return new InterviewState(lang, title, fewer, answers, kept, perceptionsAsked, checksSkipped, party);
    }

    /** With {@code fact} answered {@code value}: an earlier answer is replaced where it stood, else added last. */
    public InterviewState withAnswer(String fact, String value) {
        List<Answer> changed = new ArrayList<>(answers);
        Answer answer = new Answer(fact, value);
        int at = -1;
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).fact().equals(fact)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            changed.add(answer);
        } else {
            changed.set(at, answer);
        }
        return new InterviewState(
                lang, title, actors, changed, perceptions, perceptionsAsked, checksSkipped, perspectiveOf);
    }

    /** With the optional checks of the facts' consistency skipped: the interview goes to the result. */
    public InterviewState withChecksSkipped() {
        return new InterviewState(lang, title, actors, answers, perceptions, perceptionsAsked, true, perspectiveOf);
    }

    /**
     * The start of the same interview for {@code party} to answer alone: the process's name and the actors, no
     * answers, and {@code perspective_of} set, so the file that party downloads is its own description.
     */
    public InterviewState invitationFor(String party) {
        return new InterviewState(lang, title, actors, List.of(), List.of(), false, false, party);
    }

    /** With how the parties see the process, which now counts as asked. */
    public InterviewState withPerceptions(List<Perception> seen) {
        return new InterviewState(lang, title, actors, answers, seen, true, checksSkipped, perspectiveOf);
    }
}
