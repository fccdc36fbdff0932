package dk.samskab.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samskab.i18n.Lang;
import dk.samskab.text.InputError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code perspective_of}, {@code prepared_by} and {@code date}: whose description a file is, who wrote it, when. */
class AuthorshipTest {

    private static final String PARTY = """
            id: fodbold-kommunen
            title: Fodbold for alle, som kommunen ser det
            perspective_of: Kultur og Fritid
            prepared_by: Anne Holm, Kultur og Fritid
            date: 2026-03-15
            case:
              actors:
                - { name: Kultur og Fritid, kind: municipality }
                - { name: Boldklubben, kind: association }
              result_planned_in_advance: true
            """;

    private static CaseFile read(String yaml) throws InputError {
        return CaseReader.parse(Path.of("party.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String errorOf(String yaml, Lang lang) {
        return assertThrows(InputError.class, () -> read(yaml)).render(lang);
    }

    @Test
    void aPartysFileSaysWhoseDescriptionItIsWhoWroteItAndWhen() throws Exception {
        CaseFile file = read(PARTY);
        assertEquals("Kultur og Fritid", file.perspectiveOf());
        assertEquals("Anne Holm, Kultur og Fritid", file.authorship().preparedBy());
        assertEquals(LocalDate.of(2026, 3, 15), file.authorship().date());
    }

    @Test
    void aFileThatSaysNoneOfItHasNoAuthorship() throws Exception {
        CaseFile file = read(PARTY.replace("perspective_of: Kultur og Fritid\n", "")
                .replace("prepared_by: Anne Holm, Kultur og Fritid\n", "")
                .replace("date: 2026-03-15\n", ""));
        assertEquals(CaseFile.Authorship.NONE, file.authorship());
        assertNull(file.perspectiveOf());
    }

    @Test
    void perspectiveOfMustNameAnActorAndIsAnErrorAtItsValueWithTheNearestName() {
        assertEquals(
                "party.yaml:3:17: perspective_of names \"Kultur og fritid\", who is not listed under actors; it names"
                        + " the actor whose own description this file is; did you mean \"Kultur og Fritid\"?",
                errorOf(
                        PARTY.replace("perspective_of: Kultur og Fritid", "perspective_of: Kultur og fritid"),
                        Lang.EN));
        assertEquals(
                "party.yaml:3:17: perspective_of nævner \"Boldklubben FC\", som ikke står under actors; den nævner"
                        + " aktøren, hvis egen beskrivelse filen er; mente du \"Boldklubben\"?",
                errorOf(PARTY.replace("perspective_of: Kultur og Fritid", "perspective_of: Boldklubben FC"), Lang.DA));
    }

    @Test
    void perspectiveOfIsTextNotAList() {
        assertEquals(
                "party.yaml:3:17: perspective_of must be text; found a list",
                errorOf(
                        PARTY.replace("perspective_of: Kultur og Fritid", "perspective_of: [Kultur og Fritid]"),
                        Lang.EN));
    }

    @Test
    void aDateMustBeWrittenYearMonthDayAndBeADayOfTheCalendar() {
        assertEquals(
                "party.yaml:5:7: date must be a day written YYYY-MM-DD, such as 2026-03-15; found \"15-03-2026\"",
                errorOf(PARTY.replace("date: 2026-03-15", "date: 15-03-2026"), Lang.EN));
        assertEquals(
                "party.yaml:5:7: date \"2026-02-30\" is not a day of the calendar",
                errorOf(PARTY.replace("date: 2026-03-15", "date: 2026-02-30"), Lang.EN));
        assertEquals(
                "party.yaml:5:7: date must be a day written YYYY-MM-DD, such as 2026-03-15; found the number 2026",
                errorOf(PARTY.replace("date: 2026-03-15", "date: 2026"), Lang.EN));
    }

    @Test
    void preparedByIsFreeTextWithDanishLetters() throws Exception {
        CaseFile file = read(PARTY.replace("Anne Holm, Kultur og Fritid", "Søren Ærø Åberg"));
        assertEquals("Søren Ærø Åberg", file.authorship().preparedBy());
    }
}
