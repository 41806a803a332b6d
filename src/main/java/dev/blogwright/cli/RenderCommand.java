package dev.blogwright.cli;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Print the HTML fragment of a Markdown file, as the preview and the export render it.")
final class RenderCommand implements Callable<Integer> {
    private static final long MAX_BYTES = 50L * 1024 * 1024;
    @Parameters(paramLabel = "FILE.md")
    Path file;
    @Option(names = "--trust-html", description = "Pass raw HTML through unsanitized.")
    boolean trustHtml;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CliException("No such file: " + file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new CliException(file + " is larger than 50 MB.");
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            spec.commandLine().getOut().print(new MarkdownRenderer(trustHtml).render(text.replaceFirst("^\uFEFF", "")));
            return 0;
        } catch (CharacterCodingException e) {
            throw new CliException(file + " is not UTF-8 text.");
        } catch (IOException e) {
            throw new CliException("Cannot read " + file + ": " + e.getMessage());
        }
    }
}
