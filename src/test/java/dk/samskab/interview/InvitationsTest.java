package dk.samskab.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.ArticleWalks;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.text.InputError;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Once the actors are entered, the interview invites the other parties: a link per party to the same interview with
 * the actors filled in and {@code perspective_of} set, whose downloaded file is that party's own description.
 */
class InvitationsTest {

    private static InterviewState process(Lang lang) {
        return InterviewState.empty(lang)
                .withTitle("Kunstgræsbane ved Nordby Skole")
                .withActor("Kultur og Fritid", "municipality")
                .withActor("Nordby Boldklub", "association")
                .withAnswer("result_planned_in_advance", "true");
    }

    private static FormData fieldsOf(String href) throws BadInput {
        return FormData.parse(href.substring(href.indexOf('?') + 1));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void eachPartyGetsALinkToTheSameInterviewWithTheActorsAndItsOwnPerspective(Lang lang) throws Exception {
        Document page =
                Jsoup.parse(InterviewPage.render(ArticleWalks.interviewer().screen(process(lang), null)));
        MessageBundle words = MessageBundle.of(lang);
        Element invitations = page.selectFirst("details.invitations");
        assertEquals(
                words.text("interview.invite.heading"),
                invitations.selectFirst("summary").text());
        List<Element> links = invitations.select("li a");
        assertEquals(
                List.of(
                        words.text("interview.invite.link", "Kultur og Fritid"),
                        words.text("interview.invite.link", "Nordby Boldklub")),
                links.stream().map(Element::text).toList());
        InterviewState invited = InterviewState.from(fieldsOf(links.get(1).attr("href")), Lang.EN);
        assertEquals("Nordby Boldklub", invited.perspectiveOf());
        assertEquals(process(lang).actors(), invited.actors(), "the actors are filled in");
        assertEquals(List.of(), invited.answers(), "the party answers alone: none of the others' answers");
        assertEquals(lang, invited.lang());
        assertTrue(invitations.text().contains("./samskab compare"), "says how the files are set side by side");
    }

    @Test
    void anInvitedPartysDownloadIsItsOwnDescriptionAndThePageSaysWhose() throws Exception {
        InterviewState invited = process(Lang.DA).invitationFor("Nordby Boldklub");
        InterviewCase checked = InterviewCase.read(invited);
        assertEquals("Nordby Boldklub", checked.file().perspectiveOf());
        assertTrue(checked.yaml().contains("perspective_of: "), checked.yaml());
        Document page =
                Jsoup.parse(InterviewPage.render(ArticleWalks.interviewer().screen(invited, null)));
        assertEquals(
                MessageBundle.of(Lang.DA).text("interview.answering-as", "Nordby Boldklub"),
                page.selectFirst(".answering-as").text());
        assertEquals(
                List.of(MessageBundle.of(Lang.DA).text("interview.invite.link", "Kultur og Fritid")),
                page.select("details.invitations li a").eachText(),
                "the other parties only");
    }

    @Test
    void aPerspectiveThatNamesNoActorIsRefusedAndRemovingThatActorDropsIt() throws Exception {
        InterviewState stranger = process(Lang.EN).invitationFor("Someone else");
        assertThrows(InputError.class, () -> InterviewCase.read(stranger));
        InterviewState invited = process(Lang.EN).invitationFor("Nordby Boldklub");
        assertNull(invited.withoutActor(1).perspectiveOf());
        assertEquals("Nordby Boldklub", invited.withoutActor(0).perspectiveOf());
    }

    @Test
    void noInvitationsWhileTheActorsAreBeingEntered() throws Exception {
        InterviewState start = InterviewState.empty(Lang.EN).withActor("Kultur og Fritid", "municipality");
        Document page =
                Jsoup.parse(InterviewPage.render(ArticleWalks.interviewer().screen(start, new View.Actors())));
        assertNull(page.selectFirst("details.invitations"));
    }
}
