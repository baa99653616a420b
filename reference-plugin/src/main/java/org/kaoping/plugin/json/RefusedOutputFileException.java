package org.kaoping.plugin.json;

import java.nio.file.Path;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * Thrown when an export would replace something that is not a regular file (a symbolic link, a device node, a
 * FIFO, a directory): exports write regular files only, and leave anything else as it was.
 */
@API(status = API.Status.STABLE)
public final class RefusedOutputFileException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    RefusedOutputFileException(Path target, String what) {
        super("Refusing to write " + target + ": it is " + what + ", not a regular file; expected a new file or a "
                + "regular file to replace. Nothing was written");
        this.target = target;
    }

    /** The path that was not written. */
    public Path target() {
        return target;
    }
}
