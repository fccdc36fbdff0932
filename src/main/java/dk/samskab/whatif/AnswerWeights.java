package dk.samskab.whatif;

import dk.samskab.model.Axis;
import dk.samskab.model.Case;
import dk.samskab.model.Fact;
import java.util.List;

/** Each answer to each open fact of a case, and the evidence it adds there. */
public record AnswerWeights(Case facts, List<WeighedAnswer> answers) {

    public AnswerWeights {
        answers = List.copyOf(answers);
    }

    /**
     * Whether some answer to {@code fact} meets a criterion that breaks a tie on its axis: in the rules' weight
     * table ({@code strengths.drl}) only what the article defines a type by does, so this is a defining fact.
     */
    public boolean defining(Fact fact) {
        for (WeighedAnswer w : answers) {
            if (w.fact() == fact) {
                for (Axis axis : Axis.values()) {
                    for (String pole : axis.poles()) {
                        if (w.with().tieBreaks(axis.code(), pole)
                                > (w.without() == null ? 0 : w.without().tieBreaks(axis.code(), pole))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * What an answer to {@code fact} is expected to add to the weighed evidence: over its answers (each value,
     * as {@link Relevance} tries them), the mean of the weight each adds to both axes, in {@link
     * Trial.Seen#evidence}'s measure. The weights are the rules' own (a defining fact weighs more than an
     * illustration of the article, that more than a typical trait), and an answer that is no evidence adds
     * nothing: a question every answer of which is evidence scores above one only a "yes" to which is.
     */
    public int expected(Fact fact) {
        int sum = 0;
        int count = 0;
        for (WeighedAnswer w : answers) {
            if (w.fact() == fact) {
                count++;
                for (Axis axis : Axis.values()) {
                    for (String pole : axis.poles()) {
                        sum += Math.max(0, w.added(axis.code(), pole));
                    }
                }
            }
        }
        return count == 0 ? 0 : sum * 10 / count;
    }

    /**
     * How much an answer to {@code fact} that agrees with what the facts already settle could add towards
     * settling what they leave open: the most, over the answers that add no evidence against an axis's present
     * position, of the weight they add to the ends of the axes not yet settled. A question that could confirm
     * and complete the picture the known facts draw scores higher than one that could only contradict it.
     */
    public int agreeing(Fact fact) {
        int most = 0;
        for (WeighedAnswer w : answers) {
            if (w.fact() != fact) {
                continue;
            }
            int open = 0;
            boolean against = false;
            for (Axis axis : Axis.values()) {
                String position =
                        w.without() == null ? null : w.without().positions().get(axis.code());
                boolean settled = position != null && axis.poles().contains(position);
                for (String pole : axis.poles()) {
                    int added = w.added(axis.code(), pole);
                    if (!settled) {
                        open += Math.max(0, added);
                    } else if (!pole.equals(position) && added > 0) {
                        against = true;
                    }
                }
            }
            if (!against) {
                most = Math.max(most, open);
            }
        }
        return most;
    }

    /**
     * How hard the strongest answer to {@code fact} leans the axes: for each axis, the evidence it adds for one
     * end less that for the other, summed over the axes; the most of that over the answers.
     */
    public int lean(Fact fact) {
        int most = 0;
        for (WeighedAnswer w : answers) {
            if (w.fact() == fact) {
                int lean = 0;
                for (Axis axis : Axis.values()) {
                    lean += Math.abs(w.added(axis.code(), axis.poles().get(0))
                            - w.added(axis.code(), axis.poles().get(1)));
                }
                most = Math.max(most, lean);
            }
        }
        return most;
    }
}
