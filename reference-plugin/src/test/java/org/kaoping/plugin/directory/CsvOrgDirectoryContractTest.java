package org.kaoping.plugin.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.testkit.contract.OrgDirectoryContract;

/** The OrgDirectory contract over the Beihai sample city written as a units CSV file. */
class CsvOrgDirectoryContractTest extends OrgDirectoryContract {
    @Override
    protected OrgDirectory newDirectory(Path dir) throws Exception {
        Path file = dir.resolve("units.csv");
        Files.write(file, CsvOrgDirectory.toCsv(BeihaiSampleCity.units()).getBytes(StandardCharsets.UTF_8));
        return CsvOrgDirectory.of(file);
    }

    @Test
    void theSampleCityReadsBackEqualInOrder() {
        assertEquals(BeihaiSampleCity.units(), directory.units());
    }
}
