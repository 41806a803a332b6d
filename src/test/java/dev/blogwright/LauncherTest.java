package dev.blogwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void noCommandOrOnlyALibraryOpensTheDesktop() {
        assertThat(Launcher.desktopLibraryOption(new String[] {})).isEmpty();
        assertThat(Launcher.desktopLibraryOption(new String[] {"--library", "x.db"})).isEqualTo("x.db");
        assertThat(Launcher.desktopLibraryOption(new String[] {"--library=x.db"})).isEqualTo("x.db");
        assertThat(Launcher.desktopLibraryOption(new String[] {"list"})).isNull();
        assertThat(Launcher.desktopLibraryOption(new String[] {"list", "--library", "x.db"})).isNull();
    }

    @Test
    void anExistingMarkdownFileIsOpenedInTheDesktop() throws Exception {
        Path md = Files.writeString(dir.resolve("notes.md"), "# Notes\n");
        assertThat(Launcher.markdownArgument(new String[] {md.toString()})).isEqualTo(md.toAbsolutePath());
        assertThat(Launcher.markdownArgument(new String[] {"--library", "x.db", md.toString()})).isEqualTo(md.toAbsolutePath());
        assertThat(Launcher.markdownArgument(new String[] {dir.resolve("missing.md").toString()})).isNull();
        assertThat(Launcher.markdownArgument(new String[] {"render", md.toString()})).isNull();
        assertThat(Launcher.markdownArgument(new String[] {"list"})).isNull();
    }
}
