package dev.blogwright.logic.importing;

import dev.blogwright.logic.importing.wordpress.WxrReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the posts in what the writer chose: single files, a Jekyll site ({@code _posts/}, {@code _drafts/}), a
 * Hugo site ({@code content/**}), a plain folder of Markdown, Ghost JSON exports, WordPress WXR exports (.xml,
 * told by their root and namespace), or a ZIP of any of these.
 * Symbolic links leading outside the chosen folder and ZIP entries escaping the archive are refused.
 */
public final class SiteFolderScanner {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("themes", "layouts", "_layouts", "_includes",
            "_sass", "_site", "_data", "node_modules", "public", "resources", "static", "archetypes", "vendor",
            "i18n", "data", "assets");

    /** What was found; {@code problems} are one-line report errors for things refused. */
    public record Result(List<SourceFile> markdown, List<Path> ghostExports, List<String> problems,
                         List<Path> wordpressExports) {
        public Result(List<SourceFile> markdown, List<Path> ghostExports, List<String> problems) {
            this(markdown, ghostExports, problems, new ArrayList<>());
        }
    }

    private final long maxBytes;
    private final Path tempDir;

    /** @param tempDir where ZIP files are unpacked; nothing is ever written elsewhere */
    public SiteFolderScanner(long maxBytes, Path tempDir) {
        this.maxBytes = maxBytes;
        this.tempDir = tempDir;
    }

    public Result scan(List<Path> inputs) {
        Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int zips = 0;
        for (Path input : inputs) {
            String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (Files.isDirectory(input)) {
                scanSite(input, "", result);
            } else if (!Files.isRegularFile(input)) {
                result.problems().add(name + ": no such file or folder");
            } else if (lower.endsWith(".zip")) {
                Path dest = tempDir.resolve("zip-" + (++zips));
                if (unzip(input, dest, result.problems())) {
                    scanSite(dest, name + "/", result);
                }
            } else if (lower.endsWith(".json")) {
                result.ghostExports().add(input);
            } else if (lower.endsWith(".xml")) {
                if (WxrReader.looksLikeWxr(head(input))) {
                    result.wordpressExports().add(input);
                } else {
                    result.problems().add(name + ": not a WordPress export (no <rss> root with WordPress's"
                            + " export namespace); skipped");
                }
            } else if (isMarkdown(lower)) {
                // A lone file is keyed by its absolute path: two different notes.md from two folders stay two posts.
                Path absolute = input.toAbsolutePath().normalize();
                result.markdown().add(new SourceFile(input, absolute.getParent(), absolute.toString(), false));
            } else {
                result.problems().add(name + ": not a Markdown file, Ghost or WordPress export or ZIP; skipped");
            }
        }
        return result;
    }

    private void scanSite(Path root, String prefix, Result result) {
        List<Path> starts = new ArrayList<>();
        for (String jekyll : List.of("_posts", "_drafts", "_pages")) {
            if (Files.isDirectory(root.resolve(jekyll))) {
                starts.add(root.resolve(jekyll));
            }
        }
        if (starts.isEmpty() && Files.isDirectory(root.resolve("content"))) {
            starts.add(root.resolve("content"));
        }
        if (starts.isEmpty()) {
            starts.add(root);
        }
        for (Path start : starts) {
            walk(root, start, prefix, result);
        }
    }

    private void walk(Path root, Path start, String prefix, Result result) {
        try {
            Path realRoot = root.toRealPath();
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(start) && (n.startsWith(".") || SKIPPED_FOLDERS.contains(n));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String n = file.getFileName().toString();
                    String rel = prefix + root.relativize(file).toString().replace('\\', '/');
                    if (n.startsWith(".") || n.equals("_index.md") || !isMarkdown(n.toLowerCase(Locale.ROOT))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        Path target;
                        try {
                            target = file.toRealPath();
                        } catch (IOException e) {
                            result.problems().add(rel + ": broken symbolic link; skipped");
                            return FileVisitResult.CONTINUE;
                        }
                        if (!target.startsWith(realRoot)) {
                            result.problems().add(rel + ": symbolic link points outside the chosen folder; refused");
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    boolean drafts = root.relativize(file).startsWith("_drafts");
                    result.markdown().add(new SourceFile(file, root, rel, drafts));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            result.problems().add(prefix + root.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Unpacks into {@code dest} only; entries that would land anywhere else are reported and skipped. */
    private boolean unzip(Path zip, Path dest, List<String> problems) {
        String name = zip.getFileName().toString();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Files.createDirectories(dest);
            Path base = dest.toRealPath();
            for (ZipEntry entry : Collections.list(zf.entries())) {
                String en = entry.getName().replace('\\', '/');
                Path target = base.resolve(en).normalize();
                boolean escapes = en.startsWith("/") || en.matches("^[A-Za-z]:.*") || !target.startsWith(base)
                        || List.of(en.split("/")).contains("..");
                if (escapes) {
                    problems.add(name + "!" + entry.getName() + ": entry escapes the archive; skipped");
                } else if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    copyLimited(zf, entry, target, name, problems);
                }
            }
            return true;
        } catch (IOException e) {
            problems.add(name + ": not a readable ZIP file (" + e.getMessage() + ")");
            return false;
        }
    }

    private void copyLimited(ZipFile zf, ZipEntry entry, Path target, String zipName, List<String> problems)
            throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = zf.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    out.close();
                    Files.delete(target);
                    problems.add(zipName + "!" + entry.getName() + ": larger than the import limit; skipped");
                    return;
                }
                out.write(buf, 0, n);
            }
        }
    }

    /** The first few kilobytes, enough for the XML declaration, comments and the root's namespaces. */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(16 * 1024), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean isMarkdown(String lowerName) {
        return lowerName.endsWith(".md") || lowerName.endsWith(".markdown");
    }
}
