package dk.samskab.model;

import java.util.Objects;

/**
 * One party to the process, with its kind as a contract code ({@code municipality}, {@code citizen-group}, …).
 * DRL reads {@code Actor( publicActor )} for the article's public actors; which kinds are public is the contract's
 * vocabulary ({@link ActorKind}), not a rule.
 */
public record Actor(String name, String kind) {

    public Actor {
        Objects.requireNonNull(name, "name");
        if (ActorKind.byCode(kind).isEmpty()) {
            throw new IllegalArgumentException("unknown actor kind: " + kind);
        }
    }

    /** True for a municipality, a region, the state or a public institution. */
    public boolean isPublicActor() {
        return ActorKind.byCode(kind).orElseThrow().isPublicActor();
    }
}
