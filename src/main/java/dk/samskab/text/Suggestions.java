package dk.samskab.text;

import dk.samskab.i18n.Message;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the known name nearest a misspelt one, by edit distance. */
public final class Suggestions {

    private Suggestions() {}

    /** The candidate closest to {@code written}, if it is close enough to be what the writer meant. */
    private static Optional<String> closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, written.length() / 3);
        // a change of every character is no misspelling: "~" or "1" is not a mistyped "id"
        boolean related = best != null && bestDistance < written.length() && bestDistance < best.length();
        return related && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** The hint that ends an error about {@code written}: "did you mean …?", or nothing when no name is near. */
    public static Message hint(String written, Collection<String> known) {
        return closest(written, known)
                .map(near -> Message.of("hint.did-you-mean", near))
                .orElse(Message.of("hint.none"));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
