package dk.samskab.cache;

import com.sun.security.auth.module.UnixSystem;
import dk.samskab.i18n.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a cache folder may be trusted with compiled rules, as ssh judges {@code ~/.ssh}: it must belong to the
 * user and be writable by no one else; and the folder it is in (or would be made in) must not let others replace
 * it — writable by others only with the sticky bit, as {@code /tmp} is. Where the file system has no owners and
 * modes (not POSIX), there is nothing to judge.
 */
final class Trust {

    private static final int WRITABLE_BY_OTHERS = 0022;
    private static final int STICKY = 01000;

    private Trust() {}

    /** Why {@code folder} may not hold the cache, or empty when it may. */
    static Optional<Message> of(Path folder) {
        try {
            Path absolute = folder.toAbsolutePath().normalize();
            Path existing = absolute;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.getFileStore(existing).supportsFileAttributeView("unix")) {
                return Optional.empty();
            }
            Path real = existing.toRealPath();
            if (existing.equals(absolute)) {
                int owner = (Integer) Files.getAttribute(real, "unix:uid");
                if (owner != currentUser()) {
                    return Optional.of(Message.of("cache.not-owned", String.valueOf(owner)));
                }
                int mode = mode(real);
                if ((mode & WRITABLE_BY_OTHERS) != 0) {
                    return Optional.of(Message.of("cache.writable-by-others", octal(mode)));
                }
                real = real.getParent();
            }
            if (real != null) {
                int mode = mode(real);
                if ((mode & WRITABLE_BY_OTHERS) != 0 && (mode & STICKY) == 0) {
                    return Optional.of(Message.of("cache.parent-writable-by-others", real, octal(mode)));
                }
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty(); // the folder cannot be judged; using it fails later with its own reason
        }
    }

    private static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode");
    }

    private static String octal(int mode) {
        return String.format("%03o", mode & 0777);
    }

    private static long currentUser() {
        return new UnixSystem().getUid();
    }
}
