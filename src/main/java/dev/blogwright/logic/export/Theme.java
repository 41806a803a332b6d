package dev.blogwright.logic.export;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme: Pebble templates (auto-escaping on, so a title can never inject markup) plus static files (the CSS,
 * the search script) copied into the bundle's {@code assets/}. Built in, or a folder a user copied and edited.
 */
public final class Theme {
    public static final String DEFAULT_LOCATION = "assets/themes/default/";
    public static final List<String> TEMPLATES = List.of("layout.peb", "index.peb", "post.peb", "category.peb",
            "tag.peb", "archive.peb", "404.peb");
    /** A class-path folder cannot be listed portably, so the default theme names its static files. */
    private static final List<String> DEFAULT_STATIC = List.of("style.css", "search.js");

    private final PebbleEngine engine;
    private final Map<String, byte[]> staticFiles;

    private Theme(Loader<String> loader, Map<String, byte[]> staticFiles) {
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
                .newLineTrimming(true).build();
        this.staticFiles = staticFiles;
    }

    /** The built-in theme from the class path. */
    public static Theme builtIn() {
        ClassLoader cl = Theme.class.getClassLoader();
        ClasspathLoader loader = new ClasspathLoader(cl);
        loader.setPrefix(DEFAULT_LOCATION);
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : DEFAULT_STATIC) {
            try (InputStream in = cl.getResourceAsStream(DEFAULT_LOCATION + name)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in theme lacks " + name);
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Theme(loader, files);
    }

    /** A theme folder: every template must be there; every other file is copied into {@code assets/}. */
    public static Theme fromFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Theme folder " + dir + " does not exist");
        }
        for (String template : TEMPLATES) {
            if (!Files.isRegularFile(dir.resolve(template))) {
                throw new IllegalArgumentException("Theme folder " + dir + " lacks " + template);
            }
        }
        FileLoader loader = new FileLoader();
        loader.setPrefix(dir.toAbsolutePath().toString());
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (!rel.endsWith(".peb") && !rel.startsWith(".")) {
                    files.put(SafePaths.check(rel), Files.readAllBytes(p));
                }
            }
        }
        return new Theme(loader, files);
    }

    /** The theme the options or the blog settings name, else the built-in one. */
    public static Theme select(Path optionDir, String settingsTheme) throws IOException {
        if (optionDir != null) {
            return fromFolder(optionDir);
        }
        return settingsTheme == null || settingsTheme.isBlank() ? builtIn() : fromFolder(Path.of(settingsTheme));
    }

    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter(8192);
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Theme template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Static files by their path inside the theme, e.g. {@code style.css}. */
    public Map<String, byte[]> staticFiles() {
        return staticFiles;
    }
}
