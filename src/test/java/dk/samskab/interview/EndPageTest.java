package dk.samskab.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.ArticleWalks;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.model.Fact;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The end of an interview that "don't know" answers leave open says so, and names those answers in words. */
class EndPageTest {

    @ParameterizedTest
    @EnumSource(Lang.class)
    void dontKnowAnswersThatLeaveTheTypeUndeterminedAreNamedInWords(Lang lang) throws Exception {
        InterviewState state = InterviewState.empty(lang)
                .withActor("Plan og Byg", "municipality")
                .withActor("Naboer", "citizen-group");
        for (Fact fact : Fact.values()) {
            state = state.withAnswer(fact.code(), InterviewState.DONT_KNOW);
        }
        state = state.withPerceptions(List.of());
        Screen screen = ArticleWalks.interviewer().screen(state, null);
        assertTrue(screen.view() instanceof View.Done, "every question answered: the end");
        Document page = Jsoup.parse(InterviewPage.render(screen));
        MessageBundle words = MessageBundle.of(lang);

        Element done = page.selectFirst("section[data-step=done]");
        assertEquals("undetermined", done.attr("data-type"));
        assertEquals("true", done.attr("data-settled"), "no question is left open (the contract's settled)");
        assertFalse(
                page.text().contains(words.text("interview.settled.text")),
                "never that nothing can change the type while a don't know could: " + page.text());
        assertEquals(
                words.text(
                        "interview.settled.dont-know",
                        done.select("ul.left-open-by li").size()),
                page.selectFirst("aside.so-far .status p").text().replaceFirst("^[^—]*— ", ""),
                "the status says a don't know could still change it");
        assertEquals(
                words.text("interview.done.heading"), done.selectFirst("h1").text());

        List<String> named = done.select("ul.left-open-by li").eachText();
        int count = named.size();
        assertEquals(
                words.text("interview.done.undetermined-because", count),
                done.selectFirst(".left-open p").text(),
                "undetermined because of those answers");
        assertTrue(
                named.contains(words.text("question." + Fact.RESULT_PLANNED_IN_ADVANCE.code())),
                "the defining facts are among them, by their question: " + named);
        assertTrue(named.contains(words.text("question." + Fact.MAIN_RESPONSIBILITY.code())), named.toString());
        for (String item : named) {
            assertFalse(item.matches(".*[a-z]+_[a-z_]+.*"), "words, not codes: " + item);
        }
        assertEquals(count, done.select("ul.left-open-by li > a[href]").size(), "each can be answered from here");
    }
}
