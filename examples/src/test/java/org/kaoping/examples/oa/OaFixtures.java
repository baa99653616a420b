package org.kaoping.examples.oa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/** The GB18030 fixtures under {@code src/test/resources/oa}, copied into a test's folder. */
final class OaFixtures {
    static final Charset GB18030 = Charset.forName("GB18030");

    private OaFixtures() {}

    /** Copies the export run {@code oa/export} into {@code dir} and returns {@code dir}. */
    static Path export(Path dir) {
        return copy("export", dir);
    }

    /** Copies the files of {@code oa/<folder>} into {@code dir}, replacing any of the same name. */
    static Path copy(String folder, Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(resource(folder))) {
            for (Path f : files) {
                Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder {@code oa/<folder>} of the test resources. */
    static Path resource(String folder) {
        try {
            return Paths.get(OaFixtures.class.getResource("/oa/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code lines} to {@code file} as an OA would: GB18030, CRLF. */
    static Path write(Path file, String... lines) {
        try {
            Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(GB18030));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
