package dk.samskab.replay;

/** Receives a replay as it happens: one scenario at a time, then the summary and coverage. */
public interface ReplayListener {

    void scenario(ScenarioResult result);

    void finish(Summary summary, Coverage coverage);
}
