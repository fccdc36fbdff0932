package dk.samskab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the shipped rules with one line changed, for tests of what a rule edit does. */
public final class EditedRules {

    private EditedRules() {
    }

    /**
     * The shipped rules, copied into {@code folder}, with one edit: a hearing on a finished proposal now counts for
     * external actors as central. It moves exactly the two scenarios that have such a hearing.
     */
    public static Path hearingCountsForExternalActors(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder);
        try (var files = Files.list(Project.rulesFolder())) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Path central = folder.resolve("central-actor.dslr");
        String text = Files.readString(central);
        String edited = text.replace("""
                    Når parterne kun høres om et færdigt forslag
                then
                    Så tæller det for kommunen som central aktør""", """
                    Når parterne kun høres om et færdigt forslag
                then
                    Så tæller det for eksterne aktører som centrale aktører""");
        if (edited.equals(text)) {
            throw new IllegalStateException("the edit no longer applies to " + central);
        }
        Files.writeString(central, edited);
        return folder;
    }
}
