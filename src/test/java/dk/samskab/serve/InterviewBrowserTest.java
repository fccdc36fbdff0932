package dk.samskab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskab.ArticleWalks;
import dk.samskab.Axe;
import dk.samskab.Chromium;
import dk.samskab.Project;
import dk.samskab.Run;
import dk.samskab.engine.Engine;
import dk.samskab.i18n.Lang;
import dk.samskab.i18n.MessageBundle;
import dk.samskab.interview.Plan;
import dk.samskab.interview.Planner;
import dk.samskab.interview.Walk;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Actor;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import dk.samskab.replay.Comparison;
import dk.samskab.whatif.Relevance;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The interview in a real browser (headless chromium, {@link Chromium}), through the article's own examples, each
 * answered as the article describes it (its scenario file: a value where the file has one, "don't know" where it
 * is silent) and only where the interview asks. At every question the test works out for itself which facts still
 * matter ({@link Relevance}) and checks that the one asked is the first of them — so no question is irrelevant
 * when asked — and that the result shown follows each answer; at the end that nothing left unasked matters, that
 * type and warnings are the article's, that the page loaded nothing from elsewhere, and that the downloaded case
 * and scenario give the same result — the scenarios, last, through {@code samskab replay} itself. The questions asked per example go to the output and to
 * {@code target/interview-questions.txt}.
 */
class InterviewBrowserTest {

    /** The article's examples, and the language each is interviewed in. */
    private static final List<Map.Entry<String, Lang>> EXAMPLES = List.of(
            Map.entry("article/affaldssortering.yaml", Lang.EN),
            Map.entry("article/lokalplan-hoering.yaml", Lang.DA),
            Map.entry("article/hr-nielsen-albertslund.yaml", Lang.EN),
            Map.entry("article/frivillige-gaature-plejehjem.yaml", Lang.DA),
            Map.entry("article/frivillige-hoejtlaesning-boernehave.yaml", Lang.EN),
            Map.entry("article/frivillige-rosenbeskaering.yaml", Lang.DA),
            Map.entry("article/aarhus-sundhedspolitik.yaml", Lang.EN),
            Map.entry("article/holstebro-familie-med-hjerte.yaml", Lang.DA),
            Map.entry("article/vores-rum.yaml", Lang.EN));

    private static final Engine ENGINE = ArticleWalks.engine();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String skipped;
    private static ChromeDriver browser;
    private static SamskabServer server;
    private static Relevance relevance;
    private static final List<String> COUNTS = new ArrayList<>();

    @TempDir
    static Path temp;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        skipped = Chromium.missing();
        if (skipped != null) {
            System.err.println(skipped);
            return;
        }
        relevance = new Relevance(ENGINE);
        server = SamskabServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                LiveRules.fixed(ArticleWalks.interviewer()),
                Lang.EN,
                ServeLimits.DEFAULT,
                null);
        browser = Chromium.start(Project.home().resolve("target"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (!COUNTS.isEmpty()) {
            String table = "questions asked per article example (the contract has " + Fact.values().length
                    + " facts besides actors and perceived_types)\n" + String.join("\n", COUNTS) + "\n";
            System.out.print(table);
            Files.writeString(
                    Files.createDirectories(Project.home().resolve("target")).resolve("interview-questions.txt"),
                    table);
        }
    }

    /** What the test itself knows of an interview as it goes: the case so far and the "don't know" answers. */
    private static final class Model {

        Case facts;
        final Set<Fact> dontKnow = EnumSet.noneOf(Fact.class);
        final List<String> asked = new ArrayList<>();
        boolean perceptionsAsked;

        Model(List<Actor> actors) {
            facts = new Case(actors, Map.of(), List.of());
        }
    }

    @TestFactory
    Stream<DynamicTest> eachArticleExampleIsInterviewedAsTheArticleDescribesIt() {
        assumeTrue(skipped == null, skipped);
        Stream<DynamicTest> interviews = EXAMPLES.stream()
                .map(example -> DynamicTest.dynamicTest(
                        example.getKey() + " (" + example.getValue().code() + ")",
                        () -> interview(
                                CaseReader.read(Project.scenarios().resolve(example.getKey())), example.getValue())));
        return Stream.concat(
                interviews,
                Stream.of(DynamicTest.dynamicTest(
                        "the downloaded scenarios all pass samskab replay", this::downloadedScenariosReplay)));
    }

    /** The scenarios the interviews downloaded, replayed as a user would replay them. */
    private void downloadedScenariosReplay() throws Exception {
        Path folder = temp.resolve("downloaded");
        assertTrue(Files.isDirectory(folder), "the interviews downloaded their scenarios");
        long downloaded;
        try (Stream<Path> files = Files.list(folder)) {
            downloaded = files.count();
        }
        assertEquals(EXAMPLES.size(), downloaded, "one scenario per interview");
        Run replay = Run.of(
                "replay", folder.toString(), "--rules", Project.rulesFolder().toString());
        assertEquals(0, replay.status(), replay.out() + replay.err());
        assertTrue(replay.out().contains(downloaded + " passed, 0 failed"), replay.out());
    }

    private void interview(CaseFile article, Lang lang) throws Exception {
        Case whole = article.facts();
        Walk walk = ArticleWalks.walk(article);
        Chromium.clearLogs(browser);
        browser.get(server.address() + "?lang=" + lang.code());
        assertAccessible(article.id() + " start (" + lang.code() + ")");
        Model model = addActors(article, whole.getActors());

        for (int i = 0; ; i++) {
            assertTrue(i <= walk.asked(), "the interview ends");
            WebElement screen = browser.findElement(By.cssSelector("section.screen"));
            assertShowsResultOf(model);
            if (i > 0) {
                assertEquals(
                        String.valueOf(walk.questions().get(i - 1).settled()),
                        browser.findElement(By.cssSelector("aside.so-far .status"))
                                .getAttribute("data-settled"),
                        article.id() + ": settled as samskab interview says, after " + model.asked);
            }
            JsonNode at = JSON.readTree(String.valueOf(browser.executeScript("const s = document.querySelector("
                    + "'section.screen'); return JSON.stringify({step: s.dataset.step, fact: s.dataset.fact || '',"
                    + " again: s.dataset.again || '', explained: (s.querySelector('.explain') || {}).textContent"
                    + " || '', cited: (s.querySelector('.article-section cite') || {}).textContent || '',"
                    + " optional: !!s.querySelector('.optional-note'), focused: document.activeElement ?"
                    + " (document.activeElement.id || document.activeElement.tagName) : ''})")));
            String step = at.get("step").asText();
            if (step.equals("done")) {
                assertEquals(walk.asked(), i, article.id() + ": the same number of questions as samskab interview");
                break;
            }
            assertTrue(i < walk.asked(), article.id() + ": samskab interview asked " + walk.asked() + " questions");
            Walk.Step expected = walk.questions().get(i);
            if (step.equals("perceptions")) {
                assertEquals(expected.fact(), Walk.PERCEPTIONS, article.id() + ": question " + (i + 1));
                assertFalse(model.perceptionsAsked, "how the parties see it is asked once");
                model.perceptionsAsked = true;
                submit(screen, "button.dont-know");
                continue;
            }
            assertEquals("question", step);
            assertEquals("false", at.get("again").asText());
            assertEquals(
                    expected.fact(),
                    at.get("fact").asText(),
                    article.id() + ": question " + (i + 1) + " is the one samskab interview asks");
            assertEquals(expected.optional(), at.get("optional").asBoolean(), "marked optional as the walk says");
            assertFalse(at.get("explained").asText().isBlank(), "every question is explained");
            assertFalse(at.get("cited").asText().isBlank(), "with the article's section");
            assertTrue(focusMovesTo("answer-"), "focus is on the question's first answer: " + at.get("focused"));
            if (i == 0) {
                assertAccessible(article.id() + " question (" + lang.code() + ")");
            }
            Fact fact = Fact.byCode(at.get("fact").asText()).orElseThrow();
            answer(screen, model, fact, whole);
        }

        Relevance.Result interviewed = relevance.resultOf(model.facts);
        assertEquals(relevance.resultOf(whole), interviewed, "the article's result, from only the questions asked");
        WebElement done = browser.findElement(By.cssSelector("section[data-step=done]"));
        assertEquals(article.expect().type(), done.getAttribute("data-type"));
        assertEquals(walk.type(), done.getAttribute("data-type"));
        Set<String> shown = shownWarnings();
        assertTrue(shown.containsAll(article.expect().warnings()), article.id() + ": " + shown);
        assertTrue(article.expect().absentWarnings().stream().noneMatch(shown::contains), article.id() + ": " + shown);
        assertAccessible(article.id() + " result (" + lang.code() + ")");
        assertNothingFromElsewhere();

        assertDownloadsReplay(article, model, interviewed);
        assertReportOpens(article);

        long answered = model.asked.size() - model.dontKnow.size();
        COUNTS.add(String.format(
                "%-40s %-3s %2d of %d facts asked (%d answered from the article, %d don't know)%s;"
                        + " %s; warnings %s",
                article.id(),
                lang.code(),
                model.asked.size(),
                Fact.values().length,
                answered,
                model.dontKnow.size(),
                model.perceptionsAsked ? " + the parties' views" : "",
                interviewed.type(),
                new java.util.TreeSet<>(interviewed.warnings())));
        System.out.println("interview " + article.id() + ": " + model.asked.size() + " questions: " + model.asked);
    }

    /** axe-core finds no WCAG 2.1 AA violation on the page shown. */
    private static void assertAccessible(String page) {
        assertEquals(List.of(), Axe.violations(browser), page);
    }

    /** The actors, as the article names them, then on to the questions. */
    private Model addActors(CaseFile article, List<Actor> actors) {
        WebElement title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys(article.title());
        for (Actor actor : actors) {
            browser.findElement(By.id("actor-name")).sendKeys(actor.name());
            new Select(browser.findElement(By.id("actor-kind"))).selectByValue(actor.kind());
            submit(browser.findElement(By.cssSelector("section.screen")), "button.add-actor");
        }
        List<WebElement> rows = browser.findElements(By.cssSelector("table.actor-table tr.actor"));
        assertEquals(
                actors.size(),
                rows.size(),
                browser.getCurrentUrl() + "\n" + browser.getPageSource().replaceAll("(?s)<style>.*</style>", ""));
        assertEquals(article.title(), browser.findElement(By.id("title")).getAttribute("value"));
        submit(browser.findElement(By.cssSelector("section.screen")), "button.start");
        return new Model(actors);
    }

    /** Answers as the article says: its value where it has one, else "don't know". */
    private void answer(WebElement screen, Model model, Fact fact, Case whole) {
        model.asked.add(fact.code());
        if (!whole.isKnown(fact)) {
            model.dontKnow.add(fact);
            submit(screen, "button.dont-know");
            return;
        }
        Object value = whole.get(fact);
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        for (Object v : values) {
            browser.findElement(By.cssSelector("section.screen"))
                    .findElement(By.id("answer-" + v))
                    .click();
        }
        model.facts = model.facts.with(fact, value);
        submit(screen, "button.answer");
    }

    /** Presses {@code button} on the screen shown now (found again: a check run on the page may have touched it). */
    private void submit(WebElement screen, String button) {
        WebElement shown = browser.findElement(By.cssSelector("section.screen"));
        shown.findElement(By.cssSelector(button)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20)).until(driver -> isGone(shown));
    }

    /**
     * Whether the page that held {@code element} has been replaced. While the next page loads, chromedriver may say
     * so with "does not belong to the document" rather than a stale element (more often the faster the server).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    /** The page shows the result of the answers so far: type, warnings, and the chart's marker in its quadrant. */
    private void assertShowsResultOf(Model model) throws Exception {
        Relevance.Result now = relevance.resultOf(model.facts);
        JsonNode shown = JSON.readTree(String.valueOf(browser.executeScript("""
                const summary = document.querySelector('aside.so-far .case-summary');
                const marker = summary.querySelector('svg.typology-chart g.marker');
                return JSON.stringify({type: summary.dataset.type, quadrant: marker ? marker.dataset.quadrant : null,
                    rows: document.querySelectorAll('table.answer-table tr[data-fact] a.change').length});""")));
        assertEquals(now.type(), shown.get("type").asText());
        Set<String> codes = now.warnings().stream()
                .map(w -> w.replaceAll("@.*", ""))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(codes, shownWarnings());
        if (List.of("steered", "responsibilising", "equal", "facilitating").contains(now.type())) {
            assertEquals(now.type(), shown.get("quadrant").asText(), "the marker sits in the type's quadrant");
        }
        assertEquals(
                1 + model.asked.size() + (model.perceptionsAsked ? 1 : 0),
                shown.get("rows").asInt(),
                "the actors and every answer are listed, each with a way to change it");
    }

    private Set<String> shownWarnings() throws Exception {
        Set<String> codes = new LinkedHashSet<>();
        JSON.readTree(String.valueOf(browser.executeScript("return JSON.stringify([...document.querySelectorAll("
                        + "'aside.so-far li.warning')].map(w => w.dataset.code))")))
                .forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private void assertNothingFromElsewhere() throws Exception {
        String origin = server.address().toString();
        assertEquals(List.of(), Chromium.consoleErrors(browser));
        List<String> elsewhere = Chromium.requests(browser).stream()
                .filter(r -> !r.startsWith(origin))
                .toList();
        assertEquals(List.of(), elsewhere, "every request went to " + origin);
    }

    /** The case file reads back as the same case; the scenario replays, with samskab replay, to the same result. */
    private void assertDownloadsReplay(CaseFile article, Model model, Relevance.Result interviewed) throws Exception {
        String caseFile = fetch(browser.findElement(By.cssSelector("section[data-step=done] a.download-case"))
                .getAttribute("href"));
        CaseFile read = CaseReader.parse(Path.of("case.yaml"), caseFile.getBytes(StandardCharsets.UTF_8));
        assertEquals(model.facts.knownFacts(), read.facts().knownFacts());
        assertEquals(interviewed, relevance.resultOf(read.facts()));

        String scenario = fetch(browser.findElement(By.cssSelector("section[data-step=done] a.download-scenario"))
                .getAttribute("href"));
        Path saved = Files.writeString(
                Files.createDirectories(temp.resolve("downloaded")).resolve(article.id() + ".yaml"), scenario);
        CaseFile replayed = CaseReader.read(saved);
        assertEquals(
                List.of(),
                Comparison.compare(replayed.expect(), ENGINE.classify(replayed.facts())),
                "the scenario replays to the result it was downloaded with");
        assertEquals(interviewed.type(), replayed.expect().type());
        assertEquals(article.expect().type(), replayed.expect().type());
    }

    private void assertReportOpens(CaseFile article) throws Exception {
        String report = browser.findElement(By.cssSelector("section[data-step=done] a.open-report"))
                .getAttribute("href");
        Chromium.clearLogs(browser);
        browser.get(report);
        assertEquals(
                article.expect().type(),
                browser.findElement(By.cssSelector("article.case")).getAttribute("data-type"));
        assertEquals(
                article.title(),
                browser.findElement(By.cssSelector("h1.case-title")).getText());
        assertNothingFromElsewhere();
    }

    @Test
    void anyAnswerCanBeChangedAndTheResultFollowsWhileTheInterviewGoesOn() throws Exception {
        assumeTrue(skipped == null, skipped);
        CaseFile hearing = CaseReader.read(Project.scenarios().resolve("article/lokalplan-hoering.yaml"));
        Chromium.clearLogs(browser);
        browser.get(server.address() + "?lang=en");
        Model model = addActors(hearing, hearing.facts().getActors());
        List<Fact> known = List.of(
                Fact.PROBLEM_IDENTIFIED_BY,
                Fact.INITIATIVE_FROM,
                Fact.GOALS_SET_BY,
                Fact.RESULT_PLANNED_IN_ADVANCE,
                Fact.HEARING_ON_FINISHED_PROPOSAL);
        Case given = new Case(
                hearing.facts().getActors(),
                known.stream()
                        .collect(Collectors.toMap(f -> f, f -> hearing.facts().get(f))),
                List.of());
        Planner planner = new Planner(ENGINE);
        while (!model.asked.contains(Fact.GOALS_SET_BY.code())) {
            WebElement screen = browser.findElement(By.cssSelector("section.screen"));
            assertEquals("question", screen.getAttribute("data-step"), "goals_set_by is asked: " + model.asked);
            Plan plan = planner.plan(model.facts, model.dontKnow, false);
            assertFalse(plan.required().isEmpty(), "goals_set_by is not optional here: " + model.asked);
            assertEquals(
                    plan.required().get(0).code(),
                    screen.getAttribute("data-fact"),
                    "the page asks the plan's next question for the answers so far " + model.asked);
            assertTrue(
                    screen.findElements(By.cssSelector(".optional-note")).isEmpty(),
                    "who sets the goals can move the type: asked before the optional checks");
            Fact fact = Fact.byCode(screen.getAttribute("data-fact")).orElseThrow();
            answer(screen, model, fact, given);
        }
        assertShowsResultOf(model);
        String last = model.asked.get(model.asked.size() - 1);

        browser.findElement(By.cssSelector("section.screen a.back")).click();
        WebElement back = browser.findElement(By.cssSelector("section.screen"));
        assertEquals(last, back.getAttribute("data-fact"), "Back: the last answer");
        assertEquals("true", back.getAttribute("data-again"));

        browser.findElement(By.cssSelector("table.answer-table tr[data-fact=goals_set_by] a.change"))
                .click();
        WebElement change = browser.findElement(By.cssSelector("section.screen"));
        assertEquals(Fact.GOALS_SET_BY.code(), change.getAttribute("data-fact"));
        change.findElement(By.id("answer-external")).click();
        model.facts = model.facts.with(Fact.GOALS_SET_BY, "external");
        submit(change, "button.answer");
        assertShowsResultOf(model);
        WebElement after = browser.findElement(By.cssSelector("section.screen"));
        String next = after.getAttribute("data-fact");
        assertEquals("false", after.getAttribute("data-again"), "after a change, the interview goes on");
        assertFalse(model.asked.contains(next), "with a question not yet answered: " + next);
        assertTrue(
                relevance
                        .factsThatMatter(model.facts, model.dontKnow)
                        .contains(Fact.byCode(next).orElseThrow()),
                "one that still matters");
        assertEquals(
                MessageBundle.of(Lang.EN).text("interview.value.goals_set_by.external"),
                browser.findElement(By.cssSelector("table.answer-table tr[data-fact=goals_set_by] td"))
                        .getText());

        browser.findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals("da", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(
                next,
                browser.findElement(By.cssSelector("section.screen")).getAttribute("data-fact"),
                "the other language, the same interview");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(
                Files.createDirectories(Project.home().resolve("target/screenshots"))
                        .resolve("interview.png"),
                png);
        assertNothingFromElsewhere();
    }

    @Test
    void theInvitationsToTheOtherPartiesOpenAndMeetWcagInBothLanguages() throws Exception {
        assumeTrue(skipped == null, skipped);
        for (Lang lang : Lang.values()) {
            String state = "/interview?lang=" + lang.code()
                    + "&actor=municipality%3AKultur+og+Fritid&actor=association%3ANordby+Boldklub"
                    + "&perspective_of=Kultur+og+Fritid&result_planned_in_advance=true";
            browser.manage().window().setSize(new Dimension(1280, 1000));
            browser.get(server.address().resolve(state).toString());
            WebElement invitations = browser.findElement(By.cssSelector("details.invitations"));
            invitations.findElement(By.tagName("summary")).click();
            WebElement link = invitations.findElement(By.cssSelector("li a"));
            assertTrue(link.isDisplayed(), "the links show once the invitations are opened");
            assertAccessible("invitations-" + lang.code());
            browser.manage().window().setSize(new Dimension(390, 900));
            assertNoSidewaysScroll("invitations-" + lang.code());
            Files.write(
                    Project.home().resolve("target/invitations-" + lang.code() + ".png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            browser.manage().window().setSize(new Dimension(1280, 1000));
            link.click();
            WebElement invited = browser.findElement(By.cssSelector(".answering-as"));
            assertTrue(invited.getText().contains("Nordby Boldklub"), invited.getText());
            assertTrue(
                    browser.findElements(By.cssSelector("details.invitations li a")).stream()
                            .noneMatch(a -> a.getText().contains("Nordby Boldklub")),
                    "an invited party is offered the others' links, not its own");
        }
    }

    @Test
    void howThePartiesSeeTheProcessIsAskedForAllAtOnceAndADifferentViewRaisesItsWarning() throws Exception {
        assumeTrue(skipped == null, skipped);
        String state = "/interview?lang=en&actor=municipality%3APlan+og+Byg&actor=citizen-group%3ANaboer"
                + "&result_planned_in_advance=true&hearing_on_finished_proposal=true&step=perceptions";
        Chromium.clearLogs(browser);
        browser.get(server.address().resolve(state).toString());
        WebElement screen = browser.findElement(By.cssSelector("section[data-step=perceptions]"));
        new Select(screen.findElement(By.id("seen-1"))).selectByValue("equal");
        submit(screen, "button.answer");

        Case seen = new Case(
                List.of(new Actor("Plan og Byg", "municipality"), new Actor("Naboer", "citizen-group")),
                Map.of(Fact.RESULT_PLANNED_IN_ADVANCE, true, Fact.HEARING_ON_FINISHED_PROPOSAL, true),
                List.of(new PerceivedType("Naboer", "equal")));
        assertTrue(relevance.resultOf(seen).warnings().contains("diverging-understandings"));
        assertTrue(
                shownWarnings().contains("diverging-understandings"),
                shownWarnings().toString());
        assertNothingFromElsewhere();
        assertEquals(
                1,
                browser.findElements(By.cssSelector("table.answer-table tr[data-fact=perceived_types]"))
                        .size(),
                "listed with the answers, to change");
    }

    @Test
    void enteringActorsKeepsTheKindAddsOnEnterAndStartAddsATypedName() throws Exception {
        assumeTrue(skipped == null, skipped);
        browser.get(server.address() + "?lang=da");
        assertTrue(focusMovesTo("actor-name"), "the name field has the focus");
        assertEquals("municipality", selectedKind(), "the first actor: the municipality");
        browser.findElement(By.id("actor-name")).sendKeys("Børn og Unge", Keys.ENTER);
        awaitRows(1);
        assertEquals("citizen", selectedKind(), "after a public actor, a non-public kind");
        new Select(browser.findElement(By.id("actor-kind"))).selectByValue("volunteer");
        browser.findElement(By.id("actor-name")).sendKeys("Læsevennerne", Keys.ENTER);
        awaitRows(2);
        assertEquals("volunteer", selectedKind(), "the last non-public kind, not the municipality again");
        assertEquals(
                MessageBundle.of(Lang.DA).text("interview.actor-kind"),
                browser.findElement(By.cssSelector("table.actor-table thead th:nth-child(2)"))
                        .getText());

        submit(browser.findElement(By.cssSelector("section.screen")), "button.add-actor");
        WebElement problem = browser.findElement(By.cssSelector("section.screen .problem"));
        assertEquals(MessageBundle.of(Lang.DA).text("interview.need-actor-name"), problem.getText());
        assertEquals("true", browser.findElement(By.id("actor-name")).getAttribute("aria-invalid"));
        assertTrue(focusMovesTo("actor-name"), "the focus is on the field in error");
        assertAccessible("an error on the start page (da)");

        browser.findElement(By.id("actor-name")).sendKeys("Forældrene");
        submit(browser.findElement(By.cssSelector("section.screen")), "button.start");
        assertEquals(
                "question",
                browser.findElement(By.cssSelector("section.screen")).getAttribute("data-step"));
        assertEquals(
                3,
                browser.findElements(By.cssSelector("table.answer-table tr[data-fact=actors]"))
                                        .size()
                                == 1
                        ? browser.findElement(By.cssSelector("table.answer-table tr[data-fact=actors] td"))
                                .getText()
                                .split(", ")
                                .length
                        : 0,
                "the name typed but not added was added by Start");
        Set<String> defining = new LinkedHashSet<>();
        for (int i = 0; i < 2; i++) {
            WebElement screen = browser.findElement(By.cssSelector("section.screen"));
            defining.add(screen.getAttribute("data-fact"));
            submit(screen, "button.dont-know");
        }
        assertEquals(
                Set.of(Fact.RESULT_PLANNED_IN_ADVANCE.code(), Fact.MAIN_RESPONSIBILITY.code()),
                defining,
                "the facts the article defines the types by first");
        assertEquals(
                Fact.VOLUNTEER_TRACK.code(),
                browser.findElement(By.cssSelector("section.screen")).getAttribute("data-fact"),
                "then, volunteers entered, the volunteer track");
    }

    @Test
    void theFocusRingIsSeenAndNoPageScrollsSidewaysAt390PixelsOrInPrint() throws Exception {
        assumeTrue(skipped == null, skipped);
        String question = "/interview?lang=da&actor=municipality%3APlan+og+Byg&actor=citizen-group%3ANaboer";
        String done = question + "&result_planned_in_advance=true&hearing_on_finished_proposal=true"
                + "&goals_set_by=municipality&main_responsibility=municipality&checks=skipped&perceptions=asked";
        List<String> pages = List.of("/?lang=da", "/?lang=en", question, question.replace("lang=da", "lang=en"), done);
        for (String page : pages) {
            browser.get(server.address().resolve(page).toString());
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            JsonNode ring = JSON.readTree(String.valueOf(browser.executeScript("""
                    const e = document.activeElement, st = getComputedStyle(e);
                    let b = e.parentElement, bg = 'rgba(0, 0, 0, 0)';
                    while (b && (bg = getComputedStyle(b).backgroundColor) === 'rgba(0, 0, 0, 0)') b = b.parentElement;
                    return JSON.stringify({tag: e.tagName, style: st.outlineStyle, width: parseFloat(st.outlineWidth),
                        color: st.outlineColor, bg: b ? bg : 'rgb(255, 255, 255)'});""")));
            assertEquals("solid", ring.get("style").asText(), page + ": " + ring);
            assertTrue(ring.get("width").asDouble() >= 2, page + ": " + ring);
            double contrast =
                    contrast(ring.get("color").asText(), ring.get("bg").asText());
            assertTrue(contrast >= 3, page + ": focus ring contrast " + contrast + " " + ring);
        }
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String page : pages) {
                browser.get(server.address().resolve(page).toString());
                assertNoSidewaysScroll(page + " at 390 px");
            }
            browser.manage().window().setSize(new Dimension(640, 900));
            for (String page : pages) {
                browser.get(server.address().resolve(page).toString());
                assertNoSidewaysScroll(page + " at 640 px (1280 px at 200 %)");
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String page : pages) {
                browser.get(server.address().resolve(page).toString());
                assertNoSidewaysScroll(page + " printed");
                assertEquals(
                        0L,
                        browser.executeScript("return [...document.querySelectorAll('button, .tools')]"
                                + ".filter(e => e.offsetParent !== null).length"),
                        page + ": no buttons on paper");
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private static void assertNoSidewaysScroll(String page) {
        Object widths = browser.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        List<?> pair = (List<?>) widths;
        assertTrue(
                ((Number) pair.get(0)).longValue() <= ((Number) pair.get(1)).longValue(),
                page + ": page " + pair.get(0) + " px wide in a " + pair.get(1) + " px window; too wide: "
                        + browser.executeScript("const w = document.documentElement.clientWidth;"
                                + " return [...document.querySelectorAll('body *')].filter(e =>"
                                + " e.getBoundingClientRect().right > w + 1).slice(0, 6).map(e => e.tagName + '.'"
                                + " + e.className.baseVal === undefined ? e.tagName + '.' + e.className : e.tagName)"
                                + ".join(' ')"));
    }

    /** The WCAG contrast ratio of two CSS colours written {@code rgb(r, g, b)}. */
    static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** Whether the focus is (or, once the page has applied autofocus, comes) on an element whose id starts so. */
    private static boolean focusMovesTo(String idStart) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(20))
                    .until(d -> activeId().startsWith(idStart));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private static String activeId() {
        return String.valueOf(browser.executeScript("return document.activeElement.id"));
    }

    private static String selectedKind() {
        return new Select(browser.findElement(By.id("actor-kind")))
                .getFirstSelectedOption()
                .getAttribute("value");
    }

    private static void awaitRows(int rows) {
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20))
                .until(d -> d.findElements(By.cssSelector("table.actor-table tr.actor"))
                                .size()
                        == rows);
    }

    private static String fetch(String href) throws Exception {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), href);
        assertTrue(response.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .startsWith("attachment"));
        return response.body();
    }
}
