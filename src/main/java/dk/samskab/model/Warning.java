package dk.samskab.model;

/**
 * A warning the rules raise about a case; {@code about} names what it concerns where a code can concern several
 * things (the axis of {@code mixed-signals} or {@code missing-information}), else {@code null}.
 */
public record Warning(String code, String about) {

    public Warning {
        Codes.require(Codes.WARNINGS, code, "warning");
        if (about != null) {
            Axis.require(about);
        }
    }

    public Warning(String code) {
        this(code, null);
    }
}
