package dk.samskab.i18n;

import java.util.List;

/**
 * A user-facing text not yet rendered: a bundle key and its arguments. An argument that is itself a
 * {@code Message} is rendered in the same language.
 */
public record Message(String key, List<Object> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    public String render(Lang lang) {
        return MessageBundle.of(lang).format(this);
    }
}
