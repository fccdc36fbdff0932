package dk.samskab.whatif;

import dk.samskab.model.Axis;
import dk.samskab.model.Fact;

/** One answer to one open fact, and the evidence it adds to the case (or takes away) at each end of each axis. */
public record WeighedAnswer(Fact fact, Object answer, Trial.Seen with, Trial.Seen without) {

    int push(Direction direction) {
        int push = 0;
        for (String[] end : direction.ends()) {
            Axis axis = Axis.byCode(end[0]).orElseThrow();
            for (String pole : axis.poles()) {
                int added = added(axis.code(), pole);
                push += pole.equals(end[1]) ? added : -added;
            }
        }
        return push;
    }

    int added(String axis, String pole) {
        return with.evidence(axis, pole) - (without == null ? 0 : without.evidence(axis, pole));
    }
}
