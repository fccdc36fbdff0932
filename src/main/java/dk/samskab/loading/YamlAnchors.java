package dk.samskab.loading;

import dk.samskab.i18n.Message;
import dk.samskab.text.InputError;
import dk.samskab.text.Position;
import dk.samskab.text.Quoted;
import java.io.StringReader;
import java.nio.file.Path;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** YAML anchors, which a case never needs and samskab refuses, found where Jackson does not report them. */
final class YamlAnchors {

    private YamlAnchors() {}

    /**
     * The first YAML anchor ({@code &name}) in {@code text}, as an error, or {@code null}. Jackson reports the
     * anchor of a list or a mapping but not of a plain value ({@code key: &name value}), so SnakeYAML's own event
     * stream is read for it: events only, nothing is built or expanded. A syntax error ends this search quietly; the
     * parse proper reports it.
     */
    static InputError first(Path file, String text) {
        Parser events = new ParserImpl(new StreamReader(new StringReader(text)), NodeParser.loaderOptions());
        try {
            while (!events.checkEvent(Event.ID.StreamEnd)) {
                Event event = events.getEvent();
                if (event instanceof NodeEvent node && !(event instanceof AliasEvent) && node.getAnchor() != null) {
                    Position at = new Position(
                            event.getStartMark().getLine() + 1,
                            event.getStartMark().getColumn() + 1);
                    return new InputError(file, at, Message.of("load.anchor", Quoted.abbreviate(node.getAnchor())));
                }
            }
        } catch (YAMLException e) {
            return null;
        }
        return null;
    }

    /** Whether {@code a} comes before {@code b} in the file. */
    static boolean before(Position a, Position b) {
        return a.line() < b.line() || (a.line() == b.line() && a.column() < b.column());
    }
}
