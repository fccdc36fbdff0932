package dk.samskab.replay;

/** Receives a replay as it happens: one scenario at a time, then the summary and coverage. */
public interface ReplayListener {

    void scenario(ScenarioResult result);

    void finish(Summary summary, Coverage coverage);

    /** One listener that passes everything on to each of {@code listeners}, in order. */
    static ReplayListener all(java.util.List<ReplayListener> listeners) {
        return new ReplayListener() {
            @Override
            public void scenario(ScenarioResult result) {
                listeners.forEach(listener -> listener.scenario(result));
            }

            @Override
            public void finish(Summary summary, Coverage coverage) {
                listeners.forEach(listener -> listener.finish(summary, coverage));
            }
        };
    }
}
