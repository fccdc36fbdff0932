package dk.samskab.text;

/** A place in a file, 1-based. */
public record Position(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
