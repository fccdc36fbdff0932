package dk.samskab.loading;

import dk.samskab.model.Case;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One case or scenario file as read: its identity, its facts and, for a scenario, what it expects.
 * {@code sha256} is the hash of the file's bytes, for the report's reproducibility stamp; {@code authorship} says
 * whose description it is, who wrote it and when (each part {@code null} when the file does not say).
 */
public record CaseFile(
        Path path,
        String id,
        String title,
        String source,
        String description,
        Case facts,
        Expectation expect,
        String sha256,
        Authorship authorship) {

    /**
     * Whose description the file is and who wrote it when: {@code perspectiveOf} names one of the case's actors
     * ({@code perspective_of}), {@code preparedBy} is free text ({@code prepared_by}), {@code date} the day it was
     * written ({@code date}). Each is {@code null} when the file leaves it out.
     */
    public record Authorship(String perspectiveOf, String preparedBy, LocalDate date) {

        /** A file that says none of it. */
        public static final Authorship NONE = new Authorship(null, null, null);
    }

    public CaseFile {
        authorship = authorship == null ? Authorship.NONE : authorship;
    }

    /** A file that says nothing of whose description it is or who wrote it. */
    public CaseFile(
            Path path,
            String id,
            String title,
            String source,
            String description,
            Case facts,
            Expectation expect,
            String sha256) {
        this(path, id, title, source, description, facts, expect, sha256, Authorship.NONE);
    }

    public boolean isScenario() {
        return expect != null;
    }

    /** The name of the actor whose own description this is ({@code perspective_of}), or {@code null}. */
    public String perspectiveOf() {
        return authorship.perspectiveOf();
    }
}
