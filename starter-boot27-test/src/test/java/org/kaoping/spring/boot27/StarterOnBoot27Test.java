package org.kaoping.spring.boot27;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spring.boot.KaopingActuatorAutoConfiguration;
import org.kaoping.spring.boot.KaopingAutoConfiguration;
import org.kaoping.spring.boot.KaopingOrgDirectoryChangedEvent;
import org.kaoping.spring.boot.KaopingOrgReloader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What a Java 8 Spring Boot 2.7 host relies on: the starter's class files are Java 8, Boot 2.7 finds its
 * auto-configurations in {@code AutoConfiguration.imports}, and the org directory reloads on the event.
 */
class StarterOnBoot27Test {

    @Test
    void everyClassOfTheStarterIsAJava8ClassFile() throws IOException, URISyntaxException {
        Path location = Paths.get(KaopingAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Integer> majors = new TreeMap<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                    try (InputStream in = Files.newInputStream(p)) {
                        majors.put(location.relativize(p).toString().replace('\\', '/'), major(in));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    if (entry.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            majors.put(entry.getName(), major(in));
                        }
                    }
                }
            }
        }
        assertThat(majors).as("classes of %s", location).containsKey("org/kaoping/spring/boot/KaopingAutoConfiguration.class")
                .allSatisfy((name, major) -> assertThat(major).as(name).isEqualTo(52));
    }

    private static int major(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
        data.readUnsignedShort(); // minor
        return data.readUnsignedShort();
    }

    @Test
    void boot27FindsTheAutoConfigurationsInTheImportsFile() {
        List<String> candidates = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(candidates::add);
        assertThat(candidates).contains(KaopingAutoConfiguration.class.getName(), KaopingActuatorAutoConfiguration.class.getName());
    }

    @Test
    void aUnitAddedToTheDirectoryIsAssessedAfterTheEvent(@TempDir Path dir) {
        OrgUnit bureau = OrgUnit.of("beihai/big-data", "市大数据发展局（示例数据）", OrgKind.CITY_ADMINISTRATIVE, "beihai");
        List<OrgUnit> units = new CopyOnWriteArrayList<>(BeihaiSampleCity.units());
        OrgDirectory directory = new OrgDirectory() {
            @Override
            public String id() {
                return "oa-directory";
            }

            @Override
            public List<OrgUnit> units() {
                return new ArrayList<>(units);
            }
        };
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                        KaopingAutoConfiguration.class, KaopingActuatorAutoConfiguration.class))
                .withBean(OrgDirectory.class, () -> directory)
                .withPropertyValues("kaoping.plan.id=beihai-2015", "kaoping.plan.year=2015", "kaoping.city-office=beihai/office",
                        "kaoping.rubric-providers=org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider",
                        "kaoping.not-assessed[beihai/office]=the city office assesses",
                        "kaoping.store.journal-directory=" + dir)
                .run(context -> {
                    Kaoping kaoping = context.getBean(Kaoping.class);
                    int before = kaoping.assessedUnits().size();
                    units.add(bureau);
                    assertThat(kaoping.assessedUnits()).doesNotContain(bureau).hasSize(before);
                    context.publishEvent(new KaopingOrgDirectoryChangedEvent(this));
                    assertThat(kaoping.assessedUnits()).contains(bureau).hasSize(before + 1);
                    assertThat(context.getBean(KaopingOrgReloader.class).lastReload())
                            .hasValueSatisfying(r -> assertThat(r.added()).containsExactly(bureau));
                });
    }
}
