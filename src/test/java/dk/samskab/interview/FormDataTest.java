package dk.samskab.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Form fields are decoded strictly: what cannot be read exactly is refused, never guessed at. */
class FormDataTest {

    @Test
    void fieldsKeepTheirOrderAndRepeatsAndDecodeUtf8() throws Exception {
        FormData form = FormData.parse("actor=municipality%3AK%C3%B8ge+Kommune&answer=a&answer=b&empty=&bare");

        assertEquals(List.of("municipality:Køge Kommune"), form.all("actor"));
        assertEquals(List.of("a", "b"), form.all("answer"));
        assertEquals("", form.one("empty").orElseThrow());
        assertEquals("", form.one("bare").orElseThrow());
    }

    @Test
    void encodingAndDecodingGiveBackEveryText() throws Exception {
        String text = "Hjemløse & børn: \"Vores Rum\" = 100% #1 + 🏠";
        FormData form = new FormData(List.of(new FormData.Field("title", text)));

        assertEquals(text, FormData.parse(form.encode()).one("title").orElseThrow());
    }

    @Test
    void aBrokenEscapeIsRefusedWithTheEscapeNamed() {
        BadInput bad = assertThrows(BadInput.class, () -> FormData.parse("title=100%zz"));
        assertEquals("form.bad-escape", bad.problem().key());
        assertEquals(List.of("%zz"), bad.problem().args());
        assertEquals(
                "form.bad-escape",
                assertThrows(BadInput.class, () -> FormData.parse("title=%C"))
                        .problem()
                        .key());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        assertEquals(
                "form.not-utf8",
                assertThrows(BadInput.class, () -> FormData.parse("title=%C3%28"))
                        .problem()
                        .key());
        assertEquals(
                "form.not-utf8",
                assertThrows(BadInput.class, () -> FormData.parse("title=%ED%A0%80"))
                        .problem()
                        .key());
    }

    @Test
    void whatArrivesOverTheWireMustBeEncodedAscii() {
        BadInput bad = assertThrows(
                BadInput.class, () -> FormData.parseSent("title=K\u00f8ge".getBytes(StandardCharsets.UTF_8)));
        assertEquals("form.not-encoded", bad.problem().key());
        assertEquals(
                "form.not-encoded",
                assertThrows(BadInput.class, () -> FormData.parseSent("a=1\nb=2".getBytes(StandardCharsets.US_ASCII)))
                        .problem()
                        .key());
    }

    @Test
    void aFieldGivenTwiceWhereOneIsExpectedIsRefused() throws Exception {
        FormData form = FormData.parse("lang=en&lang=da");
        assertEquals(
                "form.field-twice",
                assertThrows(BadInput.class, () -> form.one("lang")).problem().key());
    }

    @Test
    void tooManyFieldsAreRefused() {
        String many = "a=1&".repeat(FormData.MAX_FIELDS + 1);
        assertEquals(
                "form.too-many-fields",
                assertThrows(BadInput.class, () -> FormData.parse(many))
                        .problem()
                        .key());
    }
}
