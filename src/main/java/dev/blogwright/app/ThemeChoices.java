package dev.blogwright.app;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.theme.FaviconSet;
import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.model.ThemeOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Sets one theme option the way a person gives it: an image option takes a picture file, which is first checked
 * and copied into the library as an asset (a reference {@code assets/<name>} is taken as it is). Failures are
 * {@link LibraryException}s with one line a person can act on.
 */
public final class ThemeChoices {
    private static final Set<String> IMAGE_KEYS = Set.of("logo", "favicon", "social-image");
    private final BlogLibrary library;

    public ThemeChoices(BlogLibrary library) {
        this.library = library;
    }

    /** Sets {@code key} to {@code value} (empty: the default), saves, and returns the options now in force. */
    public ThemeOptions set(String key, String value) {
        String v = value == null ? "" : value.strip();
        if (IMAGE_KEYS.contains(key) && !v.isEmpty() && !v.startsWith(AssetService.REFERENCE_PREFIX)) {
            v = importImage(key, Path.of(v));
        }
        try {
            ThemeOptions changed = ThemeOptionsService.with(library.themeOptions().load(), key, v);
            library.themeOptions().save(changed);
            return changed;
        } catch (IllegalArgumentException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }

    /** Checks that {@code file} is a picture the option can use and adds it to the library's assets. */
    public String importImage(String key, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if ("favicon".equals(key)) {
                FaviconSet.read(bytes);
            } else if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")
                    && ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw new IllegalArgumentException(file.getFileName() + " is not a picture (PNG, JPEG, GIF, SVG)");
            }
            return AssetService.reference(library.assets().add(file));
        } catch (IllegalArgumentException e) {
            throw new LibraryException(e.getMessage(), e);
        } catch (IOException e) {
            throw new LibraryException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
