package dk.samskab.loading;

import dk.samskab.model.Case;
import java.nio.file.Path;

/**
 * One case or scenario file as read: its identity, its facts and, for a scenario, what it expects.
 * {@code sha256} is the hash of the file's bytes, for the report's reproducibility stamp.
 */
public record CaseFile(
        Path path,
        String id,
        String title,
        String source,
        String description,
        Case facts,
        Expectation expect,
        String sha256) {

    public boolean isScenario() {
        return expect != null;
    }
}
