package dev.blogwright.logic.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The repair measured on cases of our own writing (see {@code /mojibake/cases.tsv}): at least 80 % of garbled
 * texts come back exactly, and not one correct text is changed.
 */
class MojibakeCasesTest {
    private static List<MojibakeCases.Case> cases;

    @BeforeAll
    static void load() throws IOException {
        cases = MojibakeCases.load();
    }

    @Test
    void casesAreManyAndGarbledOnesReallyAreGarbled() {
        assertThat(cases.stream().filter(c -> !c.kind().equals("clean")).count()).isGreaterThanOrEqualTo(150);
        assertThat(cases.stream().filter(c -> c.kind().equals("clean")).count()).isGreaterThanOrEqualTo(60);
        assertThat(cases).filteredOn(c -> !c.kind().equals("clean"))
                .allSatisfy(c -> assertThat(c.input()).as(c.expected()).isNotEqualTo(c.expected()));
    }

    @Test
    void atLeastFourInFiveGarbledTextsAreRepaired(TestReporter reporter) throws IOException {
        Map<String, int[]> byKind = new TreeMap<>();
        StringBuilder missed = new StringBuilder();
        int repaired = 0;
        int garbled = 0;
        for (MojibakeCases.Case c : cases) {
            if (c.kind().equals("clean")) {
                continue;
            }
            garbled++;
            String out = MojibakeRepair.repair(c.input());
            boolean ok = out.equals(c.expected());
            repaired += ok ? 1 : 0;
            int[] tally = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
            tally[0] += ok ? 1 : 0;
            tally[1]++;
            if (!ok) {
                missed.append("\n  ").append(c.kind()).append(": ").append(c.input()).append(" -> ").append(out);
            }
        }
        StringBuilder report = new StringBuilder();
        byKind.forEach((kind, t) -> report.append("\n  ").append(kind).append(' ').append(t[0]).append('/').append(t[1]));
        // The rates, by kind of case and with what was missed, go to the test reporter and, because surefire
        // keeps no report entries, to target/mojibake-cases.txt as well.
        String summary = "Repaired " + repaired + "/" + garbled + " (" + 100 * repaired / garbled + " %)"
                + "\nBy kind:" + report + "\nMissed:" + (missed.length() == 0 ? " none" : missed) + "\n";
        reporter.publishEntry("mojibake cases", summary);
        if (Files.isDirectory(Path.of("target"))) {
            Files.writeString(Path.of("target", "mojibake-cases.txt"), summary);
        }
        assertThat(repaired * 100.0 / garbled).as("repaired share; missed:%s", missed).isGreaterThanOrEqualTo(80.0);
    }

    @Test
    void noCleanTextIsChanged() {
        assertThat(cases).filteredOn(c -> c.kind().equals("clean"))
                .allSatisfy(c -> assertThat(MojibakeRepair.repair(c.input())).isSameAs(c.input()));
        assertThat(cases).filteredOn(c -> c.kind().equals("clean"))
                .allSatisfy(c -> assertThat(MojibakeRepair.hasSignature(c.input())).as(c.input()).isFalse());
    }

    @Test
    void repairedTextIsLeftAloneTheSecondTime() {
        for (MojibakeCases.Case c : cases) {
            String once = MojibakeRepair.repair(c.input());
            if (once.equals(c.expected())) {
                assertThat(MojibakeRepair.repair(once)).as(c.input()).isEqualTo(once);
            }
        }
    }
}
