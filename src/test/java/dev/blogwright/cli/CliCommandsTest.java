package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** Cli registers only the subcommand a command line names; nothing a person sees may change because of it. */
class CliCommandsTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandLineAnswersAsWithAllCommandsRegistered() {
        String lib = dir.resolve("x.db").toString();
        assertThat(CliRun.with(cli -> cli.run("init", "--sample", "--library", lib)).code()).isZero();
        List<String[]> lines = List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"--help"},
                new String[] {"lst"}, new String[] {"help"}, new String[] {"-x"}, new String[] {"--version", "list"},
                new String[] {"list", "--library", lib}, new String[] {"list", "--json", "--library", lib},
                new String[] {"list", "--bogus"}, new String[] {"list", "--library", lib, "export"},
                new String[] {"list", "--help"}, new String[] {"list", "--version"},
                new String[] {"list", "--status", "nope", "--library", lib}, new String[] {"stats", "--library", lib},
                new String[] {"search", "--library", lib, "schema"}, new String[] {"show", "--library", lib, "nope"},
                new String[] {"export", "--library", lib}, new String[] {"render"}, new String[] {"new", "--help"},
                new String[] {"backup", "--list", "--library", lib});
        for (String[] args : lines) {
            CliRun lazy = CliRun.with(cli -> cli.run(args));
            CliRun all = CliRun.with(cli -> cli.run(BlogwrightCommand.COMMANDS, args));
            assertThat(lazy).as(String.join(" ", args)).isEqualTo(all);
        }
    }

    @Test
    void onlyTheNamedCommandIsRegistered() {
        assertThat(Cli.commandsFor("list", "--json")).containsExactly(ListCommand.class);
        assertThat(Cli.commandsFor("export", "--library", "x.db", "--out", "site")).containsExactly(ExportCommand.class);
        assertThat(Cli.commandsFor("--version")).isEmpty();
        assertThat(Cli.commandsFor("--help")).isEqualTo(BlogwrightCommand.COMMANDS);
        assertThat(Cli.commandsFor("lst")).isEqualTo(BlogwrightCommand.COMMANDS);
        assertThat(Cli.commandsFor()).isEqualTo(BlogwrightCommand.COMMANDS);
    }

    @Test
    void everyCommandClassIsRegisteredOnce() {
        List<String> annotated = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.blogwright.cli").stream()
                .filter(c -> c.isAnnotatedWith(Command.class) && !c.isEquivalentTo(BlogwrightCommand.class))
                .map(JavaClass::getName).toList();
        // A command's own subcommands (target add, list, remove) are registered through its annotation.
        List<String> registered = BlogwrightCommand.COMMANDS.stream().flatMap(c -> Stream.concat(
                Stream.of(c), Arrays.stream(c.getAnnotation(Command.class).subcommands())))
                .map(Class::getName).toList();
        assertThat(registered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(annotated);
        assertThat(BlogwrightCommand.COMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList())
                .doesNotHaveDuplicates();
    }
}
