package dk.samskab.model;

import java.util.Objects;

/**
 * One party to the process, with its kind as a contract code ({@code municipality}, {@code citizen-group}, …).
 * DRL reads {@code Actor( publicActor )} for the article's public actors.
 */
public record Actor(String name, String kind, boolean publicActor) {

    public Actor {
        Objects.requireNonNull(name, "name");
        ActorKind known = ActorKind.byCode(kind)
                .orElseThrow(() -> new IllegalArgumentException("unknown actor kind: " + kind));
        if (publicActor != known.isPublicActor()) {
            throw new IllegalArgumentException(kind + " is " + (known.isPublicActor() ? "" : "not ") + "public");
        }
    }

    /** An actor of a kind the contract names; whether it is public follows from the kind. */
    public Actor(String name, String kind) {
        this(name, kind, ActorKind.byCode(kind).map(ActorKind::isPublicActor).orElse(false));
    }

    /** True for a municipality, a region, the state or a public institution. */
    public boolean isPublicActor() {
        return publicActor;
    }
}
