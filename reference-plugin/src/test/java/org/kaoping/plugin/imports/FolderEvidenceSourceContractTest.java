package org.kaoping.plugin.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.testkit.contract.EvidenceSourceContract;

/** The CSV folder source meets the testkit's EvidenceSource contract, with files in both encodings and one file added later. */
class FolderEvidenceSourceContractTest extends EvidenceSourceContract {
    private static final String HEADER = "编号,单位编码,指标,期间,来源,填报人,填报时间,数值,计量单位\r\n";

    @Override
    protected EvidenceSource newSource(Path dir) throws Exception {
        if (!Files.exists(dir.resolve("指标值-1.csv"))) {
            write(dir, "指标值-1.csv", 1, 3, StandardCharsets.UTF_8);
            write(dir, "指标值-2.csv", 4, 2, Charset.forName("GB18030"));
        }
        return FolderEvidenceSource.of(dir);
    }

    @Override
    protected boolean appendMore(EvidenceSource source, Path dir) throws Exception {
        write(dir, "指标值-3.csv", 6, 2, StandardCharsets.UTF_8);
        return true;
    }

    private static void write(Path dir, String name, int first, int rows, Charset cs) throws Exception {
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = first; i < first + rows; i++) {
            s.append("m-").append(i).append(",beihai/hepu,普法培训,2015-0").append(1 + i % 9).append(",业务系统,合浦县司法局,2015-03-20 09:30,")
                    .append(i).append(",次\r\n");
        }
        Path tmp = dir.resolve("." + name + ".tmp");
        Files.write(tmp, s.toString().getBytes(cs));
        Files.move(tmp, dir.resolve(name));
    }
}
