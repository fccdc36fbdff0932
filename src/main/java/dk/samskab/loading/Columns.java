package dk.samskab.loading;

import com.fasterxml.jackson.core.JsonLocation;
import dk.samskab.text.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parser's location into the column a person counts: one per Unicode character. SnakeYAML counts so
 * already; Jackson's JSON parser counts UTF-16 units, so an emoji before the place would shift it by one.
 */
interface Columns {

    Columns CODE_POINTS = at -> new Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));

    Position position(JsonLocation at);

    static Columns of(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return at -> {
            int line = Math.max(1, at.getLineNr());
            int column = Math.max(1, at.getColumnNr());
            if (line <= starts.size()) {
                int start = starts.get(line - 1);
                int end = Math.min(text.length(), start + column - 1);
                column = text.codePointCount(start, end) + 1;
            }
            return new Position(line, column);
        };
    }
}
