package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} of platform exports from the command line: a WordPress WXR file and a Ghost export. */
class CliImportExportsTest {
    @TempDir
    Path dir;

    private record Result(int code, String out) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8));
    }

    private String lib() {
        return dir.resolve("x.db").toString();
    }

    private static String resource(String name) throws Exception {
        return Path.of(CliImportExportsTest.class.getResource("/importing/" + name).toURI()).toString();
    }

    @Test
    void wordpressExportPreviewsThenImports() throws Exception {
        run("init", "--library", lib());
        Result dry = run("import", resource("wordpress/every-kind.xml"), "--dry-run", "--library", lib());
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("Dry run: would import 8 new, 0 updated, 2 skipped, 0 errors",
                "in WordPress's trash", "1 nav_menu_item item skipped");
        assertThat(run("stats", "--library", lib()).out()).contains("Posts: 0");
        Result done = run("import", resource("wordpress/every-kind.xml"), "--library", lib());
        assertThat(done.code()).isZero();
        assertThat(run("show", "oaks-in-autumn", "--library", lib()).out()).contains("Why oaks turn late");
    }

    @Test
    void ghostExportImportsEveryCardsText() throws Exception {
        run("init", "--library", lib());
        assertThat(run("import", resource("ghost/mobiledoc.json"), "--library", lib()).code()).isZero();
        assertThat(run("show", "integrations", "--library", lib()).out())
                .contains("## Ready-made integrations", "![](https://static.example.com/zapier.png)");
    }
}
