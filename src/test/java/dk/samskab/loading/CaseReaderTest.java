package dk.samskab.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.i18n.Lang;
import dk.samskab.model.Fact;
import dk.samskab.text.InputError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loading is strict: every defect is an error at its line and column, never a silent default. */
class CaseReaderTest {

    private static final String VALID = """
            id: lokalplan-hoering
            title: Høring over et lokalplanforslag
            case:
              actors:
                - { name: Plan og Byg, kind: municipality }
                - { name: Naboer, kind: citizen-group }
              result_planned_in_advance: true
              partners_take_part_in: [consultation]
              safeguard_principles: []
              perceived_types:
                - { actor: Naboer, type: equal }
            expect:
              type: steered
              warnings: [hearing-not-decision-space]
              employee_role: none
              citizen_roles: []
            """;

    private static CaseFile read(String yaml) throws InputError {
        return CaseReader.parse(Path.of("case.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String errorOf(String yaml) {
        InputError error = assertThrows(InputError.class, () -> read(yaml));
        return error.render(Lang.EN);
    }

    @Test
    void aValidScenarioIsReadWithUnknownFactsLeftUnknownAndEmptyListsKnown() throws Exception {
        CaseFile file = read(VALID);
        assertEquals("lokalplan-hoering", file.id());
        assertEquals("Høring over et lokalplanforslag", file.title());
        assertEquals(Boolean.TRUE, file.facts().getResultPlannedInAdvance());
        assertNull(file.facts().getHearingOnFinishedProposal(), "absent means unknown");
        assertFalse(file.facts().isKnown(Fact.HEARING_ON_FINISHED_PROPOSAL));
        assertEquals(List.of(), file.facts().getSafeguardPrinciples(), "an empty list is known: none");
        assertTrue(file.facts().isKnown(Fact.SAFEGUARD_PRINCIPLES));
        assertEquals("steered", file.expect().type());
        assertTrue(file.expect().employeeRoleGiven());
        assertNull(file.expect().employeeRole());
        assertEquals(Set.of(), file.expect().citizenRoles());
        assertEquals(64, file.sha256().length());
    }

    @Test
    void aMisspeltFactIsAnErrorAtItsKeyWithTheNearestName() {
        String error = errorOf(VALID.replace("result_planned_in_advance", "result_planned_in_advence"));
        assertEquals(
                "case.yaml:7:3: unknown fact \"result_planned_in_advence\"; "
                        + "did you mean \"result_planned_in_advance\"?",
                error);
    }

    @Test
    void aValueOutsideTheContractListIsAnErrorNamingTheAllowedValues() {
        String error = errorOf(VALID.replace("kind: citizen-group", "kind: citizens"));
        assertTrue(error.startsWith("case.yaml:6:29: \"citizens\" is not a value of kind"), error);
        assertTrue(error.contains("did you mean \"citizen\"?"), error);
    }

    @Test
    void aWrongTypeIsAnErrorAtTheValue() {
        assertEquals(
                "case.yaml:7:30: result_planned_in_advance must be true or false; found \"maybe\"",
                errorOf(VALID.replace("result_planned_in_advance: true", "result_planned_in_advance: maybe")));
        assertTrue(errorOf(VALID.replace("[consultation]", "consultation"))
                .startsWith("case.yaml:8:26: partners_take_part_in must be a list"));
    }

    @Test
    void yesAndNoAreNotAcceptedForTrueAndFalse() {
        assertTrue(errorOf(VALID.replace("advance: true", "advance: yes")).contains("must be true or false"));
    }

    @Test
    void aMissingRequiredFieldIsAnError() {
        assertEquals(
                "case.yaml:1:1: missing required key \"title\"",
                errorOf(VALID.replace("title: Høring over et lokalplanforslag\n", "")));
        assertTrue(errorOf(VALID.replace("    - { name: Plan og Byg, kind: municipality }\n", "")
                        .replace("    - { name: Naboer, kind: citizen-group }\n", ""))
                .contains("actors"));
    }

    @Test
    void aPerceivedTypeNamingAnUnlistedActorIsAnErrorWithTheNearestActor() {
        String error = errorOf(VALID.replace("actor: Naboer", "actor: Naboerne"));
        assertEquals(
                "case.yaml:11:16: perceived_types names actor \"Naboerne\", who is not listed under actors; "
                        + "did you mean \"Naboer\"?",
                error);
    }

    @Test
    void anIdMustBeLowercaseLettersDigitsAndHyphens() {
        assertTrue(errorOf(VALID.replace("id: lokalplan-hoering", "id: Lokalplan Høring"))
                .startsWith("case.yaml:1:5: id \"Lokalplan Høring\" may hold only"));
    }

    @Test
    void aDuplicateKeyIsAnErrorNotLastOneWins() {
        assertEquals(
                "case.yaml:2:1: key \"id\" is written twice (first on line 1); each key may appear once",
                errorOf("id: a\nid: b\ntitle: t\ncase: {actors: [{name: x, kind: citizen}]}\n"));
    }

    @Test
    void aFactWrittenAtTheTopLevelIsToldToMoveUnderCase() {
        assertTrue(errorOf(VALID + "volunteer_track: true\n").endsWith("facts go under \"case:\""));
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorAtTheirPosition() {
        byte[] bytes = "id: a\ntitle: K\u00f8\n".getBytes(StandardCharsets.ISO_8859_1);
        InputError error = assertThrows(InputError.class, () -> CaseReader.parse(Path.of("c.yaml"), bytes));
        assertEquals("c.yaml:2:9: byte 0xF8 is not UTF-8; save the file as UTF-8", error.render(Lang.EN));
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(
                "lokalplan-hoering", CaseReader.parse(Path.of("c.yaml"), bytes).id());
    }

    @Test
    void aTabInTheIndentationIsExplained() {
        assertEquals(
                "case.yaml:3:1: a tab in the indentation; YAML indents with spaces",
                errorOf("id: a\ntitle: t\n\tcase: x\n"));
    }

    @Test
    void aListAtTheTopLevelIsNotACase() {
        assertEquals(
                "case.yaml:1:1: a case file is a mapping of keys (id, title, case, …); found a list",
                errorOf("- a\n- b\n"));
    }

    @Test
    void errorsAreInDanishToo() {
        InputError error = assertThrows(
                InputError.class, () -> read(VALID.replace("result_planned_in_advance", "result_planned_in_advence")));
        assertEquals(
                "case.yaml:7:3: ukendt faktum \"result_planned_in_advence\"; "
                        + "mente du \"result_planned_in_advance\"?",
                error.render(Lang.DA));
    }

    @Test
    void jsonIsAcceptedWithPositions() throws Exception {
        String json =
                "{\"id\": \"a\", \"title\": \"t\", \"case\": {\"actors\": [{\"name\": \"x\", \"kind\": \"citizen\"}],"
                        + "\n \"volunteer_track\": \"yes\"}}";
        InputError error = assertThrows(
                InputError.class, () -> CaseReader.parse(Path.of("c.json"), json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("c.json:2:21: volunteer_track must be true or false; found \"yes\"", error.render(Lang.EN));
    }

    // --- issue 11: case-file edges found by an attack -------------------------------------------------------

    @Test
    void anActorNameInNfdIsTheSameActorAsInNfcAndCountsAsListedTwice() throws Exception {
        String nfc = "\u00c5by";
        String nfd = "A\u030aby";
        String named = VALID.replace("name: Naboer", "name: \"" + nfc + "\"");
        CaseFile read = read(named.replace("actor: Naboer", "actor: \"" + nfd + "\""));
        assertEquals(nfc, read.facts().getPerceivedTypes().get(0).actor(), "the actor as listed under actors");
        String twice = named.replace("actor: Naboer", "actor: \"" + nfc + "\"")
                .replace("    - { name: Plan", "    - { name: \"" + nfd + "\", kind: citizen }\n    - { name: Plan");
        assertEquals("case.yaml:7:15: actor \"" + nfc + "\" is listed twice", errorOf(twice));
    }

    @Test
    void anActorNameIsComparedWithoutTheSpacesAroundIt() throws Exception {
        CaseFile read = read(VALID.replace("actor: Naboer", "actor: \" Naboer \"")
                .replace("case:\n", "perspective_of: \"A\u030aby \"\ncase:\n")
                .replace("name: Plan og Byg", "name: \"\u00c5by\""));
        assertEquals("Naboer", read.facts().getPerceivedTypes().get(0).actor());
        assertEquals("\u00c5by", read.authorship().perspectiveOf());
    }

    @Test
    void aBlankNameIsRefusedLikeAnEmptyOne() {
        String empty = errorOf(VALID.replace("name: Plan og Byg", "name: \"\""));
        assertEquals("case.yaml:5:9: \"name\" has no value", empty);
        assertEquals(empty, errorOf(VALID.replace("name: Plan og Byg", "name: \"   \"")));
        assertEquals(
                "case.yaml:2:1: \"title\" has no value", errorOf(VALID.replace("title: Høring", "title: \" \"\n#")));
    }

    @Test
    void aTabAfterAColonIsExplainedAsATabAfterAColonNotInTheIndentation() {
        assertEquals(
                "case.yaml:2:7: a tab after the colon; YAML separates a key from its value with a space",
                errorOf("id: a\ntitle:\tt\ncase: x\n"));
        assertEquals(
                "case.yaml:3:1: a tab in the indentation; YAML indents with spaces",
                errorOf("id: a\ntitle: t\n\tcase: x\n"));
    }

    @Test
    void aKeyLongerThanYamlAllowsIsNamedAtTheKey() {
        String key = "k".repeat(5_000);
        assertEquals(
                "case.yaml:2:1: a key longer than 1,024 characters; YAML allows no longer key (a text can be longer)",
                errorOf("id: a\n" + key + ": v\ntitle: t\n"));
    }

    @Test
    void jsonNanIsExplainedInTheWriterWordsNotJacksons() {
        InputError error = assertThrows(
                InputError.class,
                () -> CaseReader.parse(Path.of("c.json"), "{\"id\": NaN}".getBytes(StandardCharsets.UTF_8)));
        String line = error.render(Lang.EN);
        assertEquals("c.json:1:8: “NaN” is not a number JSON knows; write a number, or text in double quotes", line);
        assertFalse(error.render(Lang.DA).contains("JsonReadFeature"), error.render(Lang.DA));
    }
}
