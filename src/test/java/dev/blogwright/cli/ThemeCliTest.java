package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blogwright theme show|set} as a script uses them. */
class ThemeCliTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String lib() {
        return dir.resolve("x.db").toString();
    }

    @Test
    void setThenShowPrintsTheOptions() {
        assertThat(run("init", "--library", lib()).code()).isZero();
        CliRun set = run("theme", "set", "accent", "#1D4ED8", "--library", lib());
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("accent\t#1d4ed8\n");
        assertThat(run("theme", "set", "header", "compact", "--library", lib()).code()).isZero();
        CliRun show = run("theme", "show", "--library", lib());
        assertThat(show.out()).contains("accent\t#1d4ed8\n").contains("header\tcompact\n").contains("font\tsystem\n");
    }

    @Test
    void aLowContrastAccentIsRefusedWithItsRatioAndNothingChanges() {
        assertThat(run("init", "--library", lib()).code()).isZero();
        CliRun refused = run("theme", "set", "accent", "#999999", "--library", lib());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).contains(":1").contains("4.5:1").doesNotContain("Exception").hasLineCount(1);
        assertThat(run("theme", "show", "--library", lib()).out()).contains("accent\t\n");
    }

    @Test
    void anUnknownKeyNamesTheKnownOnes() {
        assertThat(run("init", "--library", lib()).code()).isZero();
        CliRun r = run("theme", "set", "colour", "red", "--library", lib());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("logo, favicon, accent");
    }
}
