package org.kaoping.plugin.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;

/** Every file of an evidence folder, read: the files that imported and those refused with their problems. Immutable. */
@API(status = API.Status.EXPERIMENTAL)
public final class FolderImport {
    private final List<ParsedFile> files;

    FolderImport(List<ParsedFile> files) {
        this.files = Collections.unmodifiableList(new ArrayList<>(files));
    }

    /** Every file read, in name order. */
    public List<ParsedFile> files() {
        return files;
    }

    /** The evidence of the files that imported, in file then row order. */
    public List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>();
        for (ParsedFile f : files) {
            out.addAll(f.evidence());
        }
        return out;
    }

    /** The files refused, each with its problems. */
    public List<ParsedFile> refused() {
        List<ParsedFile> out = new ArrayList<>();
        for (ParsedFile f : files) {
            if (!f.isOk()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The problems of every refused file. */
    public List<ImportProblem> problems() {
        List<ImportProblem> out = new ArrayList<>();
        for (ParsedFile f : files) {
            out.addAll(f.problems());
        }
        return out;
    }

    public boolean isOk() {
        return refused().isEmpty();
    }

    @Override
    public String toString() {
        return files.size() + " file(s), " + evidence().size() + " item(s), " + refused().size() + " refused";
    }
}
