package org.kaoping.plugin.journal;

import java.nio.file.Path;
import org.kaoping.core.api.API;

/**
 * A journal could not be opened because it is already open, in this JVM or in another process: each
 * journal has a single writer, enforced with an OS file lock on its {@code <name>.lock} file.
 */
@API(status = API.Status.STABLE)
public class JournalLockedException extends JournalException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public JournalLockedException(Path directory, Path lockFile, String detail) {
        super("Journal directory " + directory + " is already open by this or another process: could not lock "
                + lockFile + " (" + detail + "); close the other Journal first");
        this.directory = directory;
    }

    /** The directory whose journal is already open. */
    public Path directory() {
        return directory;
    }
}
