package dk.samskab.interview;

import static dk.samskab.report.Html.text;

import dk.samskab.i18n.MessageBundle;
import dk.samskab.interview.InterviewState.ActorEntry;
import java.util.List;

/**
 * "Invite the other parties": once the actors are entered, a link for each party to the same interview with the
 * actors filled in and {@code perspective_of} set, so that each party can answer alone and download its own
 * description; and how {@code compare} then sets those descriptions side by side. The article's reason for a shared
 * language is that the parties rarely agree which process they are in.
 */
final class Invitations extends PagePart {

    Invitations(Screen screen) {
        super(screen);
    }

    /** Whether the page offers invitations: the actors are entered and there is another party to invite. */
    static boolean offered(Screen screen) {
        return !(screen.view() instanceof View.Actors)
                && !others(screen.state()).isEmpty();
    }

    /** The line that says whose own description this interview is, when it is one party's. */
    static void answeringAs(Screen screen, StringBuilder html) {
        String party = screen.state().perspectiveOf();
        if (party != null) {
            html.append("<p class=\"answering-as\">")
                    .append(text(MessageBundle.of(screen.state().lang()).text("interview.answering-as", party)))
                    .append("</p>\n");
        }
    }

    /** The parties to invite: every actor but the one whose description this interview is. */
    private static List<ActorEntry> others(InterviewState state) {
        return state.actors().stream()
                .filter(a -> !a.name().equals(state.perspectiveOf()))
                .toList();
    }

    @Override
    void render(StringBuilder html) {
        html.append("<details class=\"invitations\">\n<summary>")
                .append(text(messages.text("interview.invite.heading")))
                .append("</summary>\n<p>")
                .append(text(messages.text("interview.invite.text")))
                .append("</p>\n<ul>\n");
        for (ActorEntry actor : others(state)) {
            html.append("<li><a href=\"")
                    .append(text(InterviewPage.address(state.invitationFor(actor.name()), null)))
                    .append("\">")
                    .append(text(messages.text("interview.invite.link", actor.name())))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n<p>")
                .append(text(messages.text("interview.invite.compare")))
                .append("</p>\n</details>\n");
    }
}
