package dk.samskab.whatif;

import dk.samskab.model.Axis;
import java.util.ArrayList;
import java.util.List;

/** Towards one end of one axis, or of both axes at once: each named end's evidence counts for, the other's against. */
record Direction(List<String[]> ends) {

    static List<Direction> all() {
        List<Direction> all = new ArrayList<>();
        Axis first = Axis.values()[0];
        Axis second = Axis.values()[1];
        for (String pole : first.poles()) {
            all.add(new Direction(List.<String[]>of(new String[] {first.code(), pole})));
        }
        for (String pole : second.poles()) {
            all.add(new Direction(List.<String[]>of(new String[] {second.code(), pole})));
        }
        for (String one : first.poles()) {
            for (String other : second.poles()) {
                all.add(new Direction(List.of(new String[] {first.code(), one}, new String[] {second.code(), other})));
            }
        }
        return all;
    }
}
