package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.bundle.SafePaths;
import dev.blogwright.logic.export.cache.InputKeys;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme: Pebble templates (auto-escaping on, so a title can never inject markup) plus static files (the CSS,
 * the search script) copied into the bundle's {@code assets/}. Built in, or a folder a user copied and edited.
 */
public final class SiteTheme {
    public static final String DEFAULT_LOCATION = "assets/themes/default/";
    public static final List<String> TEMPLATES = List.of("layout.peb", "index.peb", "post.peb", "category.peb",
            "tag.peb", "archive.peb", "404.peb");
    /** A class-path folder cannot be listed portably, so the default theme names its other files. */
    private static final List<String> DEFAULT_STATIC = List.of("style.css", "search.js", "favicon.svg");
    public static final List<String> DEFAULT_PARTIALS = List.of("card.peb", "pager.peb", "social-meta.peb",
            "nav-header.peb", "nav-footer.peb");
    /** Templates a copied theme may lack: the exporter falls back to another (page.peb to post.peb). */
    public static final List<String> OPTIONAL_TEMPLATES = List.of("page.peb");

    private final PebbleEngine engine;
    private final Map<String, byte[]> staticFiles;
    private final String fingerprint;
    private final Set<String> templates;

    /** {@code sources}: every template of the theme by its path, for the fingerprint. */
    private SiteTheme(Loader<String> loader, Map<String, byte[]> staticFiles, Map<String, byte[]> sources) {
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
                .addEscapingStrategy("html", HtmlEscaping.INSTANCE).newLineTrimming(true).build();
        this.staticFiles = staticFiles;
        List<String> parts = new ArrayList<>();
        sources.forEach((name, bytes) -> {
            parts.add(name);
            parts.add(new String(bytes, StandardCharsets.ISO_8859_1));
        });
        this.fingerprint = InputKeys.ofText(parts);
        this.templates = Set.copyOf(sources.keySet());
    }

    /** The built-in theme from the class path. */
    public static SiteTheme builtIn() {
        ClassLoader cl = SiteTheme.class.getClassLoader();
        ClasspathLoader loader = new ClasspathLoader(cl);
        loader.setPrefix(DEFAULT_LOCATION);
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, byte[]> sources = new TreeMap<>();
        for (String name : DEFAULT_STATIC) {
            files.put(name, resource(cl, name));
        }
        for (String name : TEMPLATES) {
            sources.put(name, resource(cl, name));
        }
        for (String name : DEFAULT_PARTIALS) {
            sources.put(name, resource(cl, name));
        }
        for (String name : OPTIONAL_TEMPLATES) {
            sources.put(name, resource(cl, name));
        }
        return new SiteTheme(loader, files, sources);
    }

    private static byte[] resource(ClassLoader cl, String name) {
        try (InputStream in = cl.getResourceAsStream(DEFAULT_LOCATION + name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in theme lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A theme folder: every template must be there; every other file is copied into {@code assets/}. */
    public static SiteTheme fromFolder(Path dir) throws IOException {
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
        Map<String, byte[]> sources = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (rel.endsWith(".peb")) {
                    sources.put(rel, Files.readAllBytes(p));
                } else if (!rel.startsWith(".")) {
                    files.put(SafePaths.check(rel), Files.readAllBytes(p));
                }
            }
        }
        return new SiteTheme(loader, files, sources);
    }

    /** The theme the options or the blog settings name, else the built-in one. */
    public static SiteTheme select(Path optionDir, String settingsTheme) throws IOException {
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

    /**
     * A fingerprint of the theme's templates: a page is made again when any of them changed. Static files are
     * not in it; pages only link to them, and they are copied by content.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** True when the theme has {@code template} (a copied theme may predate an optional one). */
    public boolean hasTemplate(String template) {
        return templates.contains(template);
    }

    /** Static files by their path inside the theme, e.g. {@code style.css}. */
    public Map<String, byte[]> staticFiles() {
        return staticFiles;
    }
}
