package dk.samskab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the shipped rules, some with one edit, for tests of what a rule edit does. */
public final class EditedRules {

    private EditedRules() {}

    /** The shipped rules, copied into {@code folder}, unchanged. */
    public static Path copyOfShipped(Path folder) throws IOException {
        TestFiles.copyTree(Project.rulesFolder(), folder);
        return folder;
    }

    /**
     * The shipped rules, copied into {@code folder}, with one edit: a hearing on a finished proposal now counts for
     * external actors as central. It moves exactly the three scenarios that have such a hearing.
     */
    public static Path hearingCountsForExternalActors(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        copyOfShipped(folder);
        countHearingForExternalActors(folder);
        return folder;
    }

    /** Edits {@code rules} in place: a hearing on a finished proposal counts for external actors as central. */
    public static void countHearingForExternalActors(Path rules) throws IOException {
        edit(rules.resolve("central-actor.dslr"), """
                    Når parterne kun høres om et færdigt forslag
                then
                    Så tæller det for kommunen som central aktør""", """
                    Når parterne kun høres om et færdigt forslag
                then
                    Så tæller det for eksterne aktører som centrale aktører""");
    }

    /**
     * Edits the typology table in {@code rules} so that steered and responsibilising co-creation swap their central
     * actor: a case that was steered becomes responsibilising.
     */
    public static void swapSteeredAndResponsibilising(Path rules) throws IOException {
        edit(
                rules.resolve("typology.drl"),
                "new TypeDefinition( \"steered\", \"predictable\", \"municipality\" )",
                "new TypeDefinition( \"steered\", \"predictable\", \"external\" )");
        edit(
                rules.resolve("typology.drl"),
                "new TypeDefinition( \"responsibilising\", \"predictable\", \"external\" )",
                "new TypeDefinition( \"responsibilising\", \"predictable\", \"municipality\" )");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException("the edit no longer applies to " + file + ": " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
