package dev.blogwright.logic.export.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.blogwright.logic.export.output.JsonWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Swaps the few files an export changed into the bundle, instead of swapping a whole new bundle in. After one post
 * changed, a new bundle beside the old one means linking the 10,000 unchanged files of a large blog into it, about
 * a second of file-system calls; a patch touches only what changed.
 *
 * <p>The changed files are written beside the bundle first, in the staging folder, exactly as for a swap, with the
 * new manifest and the list of files to add and remove. Renaming the staging folder to {@code <out>.patch-XXXX}
 * commits the patch; from then on it is only rolled forward: new and changed files renamed into the bundle (each
 * rename replaces a file whole), removed files deleted, the manifest and its cache last. An export killed before the commit
 * leaves the bundle as it was; one killed after it is finished by the next export before anything else, so once
 * recovered the bundle is always either the old one or the new one.
 */
final class BundlePatch {
    /** The patch's list of files to add and remove, inside the patch folder. */
    static final String LIST = ".blogwright-patch.json";

    private BundlePatch() {
    }

    /**
     * Commits {@code staging} as a patch of {@code target} and applies it. {@code added} are the files written into
     * staging (the manifest apart), {@code removed} the previous bundle's files the new one no longer has.
     */
    static void commit(Path staging, Path target, String suffix, Collection<String> added,
                       Collection<String> removed) throws IOException {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("add", new TreeSet<>(added));
        list.put("remove", new TreeSet<>(removed));
        Path listFile = staging.resolve(LIST);
        // jackson-core writes the mapper's bytes (JsonWriter); the mapper's start was 15 ms of every patch.
        Files.write(listFile, JsonWriter.compact(list).getBytes(StandardCharsets.UTF_8));
        // The list is what a recovery rolls forward from: on disk before the commit, or a power cut could leave a
        // committed patch that nobody can finish.
        try (FileChannel channel = FileChannel.open(listFile, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Path patch = target.resolveSibling(target.getFileName() + SiblingFolders.PATCH + suffix);
        Files.move(staging, patch, StandardCopyOption.ATOMIC_MOVE);
        apply(patch, target);
    }

    /**
     * Rolls a committed patch forward into {@code target}; safe to run again on a patch applied in part. New files
     * come first, then changed ones, then removals, so a page being served never links to a file not there yet.
     */
    static void apply(Path patch, Path target) throws IOException {
        if (!Files.exists(patch.resolve(LIST))) {
            // The list is on disk before a patch is committed, so a patch without one was applied in full and
            // killed while its leftovers were deleted (by a version that deleted the patch folder in place).
            SiblingFolders.deleteTree(patch);
            return;
        }
        Map<String, List<String>> list = readList(patch.resolve(LIST));
        List<String> added = list.get("add");
        List<String> changed = new ArrayList<>();
        for (String relative : added) {
            if (Files.exists(SafePaths.resolve(target, relative), LinkOption.NOFOLLOW_LINKS)) {
                changed.add(relative);
            } else {
                moveIn(patch, target, relative);
            }
        }
        for (String relative : changed) {
            moveIn(patch, target, relative);
        }
        for (String relative : list.get("remove")) {
            Path gone = SafePaths.resolve(target, relative);
            Files.deleteIfExists(gone);
            pruneEmptyFolders(gone.getParent(), target);
        }
        // The manifest last: it says which bundle this is, and its cache must never be older than it.
        for (String own : List.of(BundleWriter.CACHE, BundleWriter.MANIFEST)) {
            Path file = patch.resolve(own);
            if (Files.exists(file)) {
                Files.move(file, target.resolve(own), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        // Renamed out of the patches before its leftovers are deleted: a kill during the deletion then leaves a
        // folder the next export deletes, not a patch that has lost its list.
        String suffix = patch.getFileName().toString().substring((target.getFileName() + SiblingFolders.PATCH).length());
        Path done = target.resolveSibling(target.getFileName() + SiblingFolders.RETIRED + SiblingFolders.RETIRED_PATCH
                + suffix);
        Files.move(patch, done, StandardCopyOption.ATOMIC_MOVE);
        SiblingFolders.deleteTree(done);
    }

    /** Renames one file of the patch over the bundle's; one already moved by an interrupted run is skipped. */
    private static void moveIn(Path patch, Path target, String relative) throws IOException {
        Path from = SafePaths.resolve(patch, relative);
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path to = SafePaths.resolve(target, relative);
        clearWay(to, target);
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Removes what of the old bundle stands in the way of {@code to}: a file where the new bundle has a folder, or
     * a folder where it has a file. Both are pages the new bundle removes anyway.
     */
    private static void clearWay(Path to, Path target) throws IOException {
        for (Path dir = to.getParent(); dir != null && !dir.equals(target); dir = dir.getParent()) {
            if (Files.isRegularFile(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(dir);
            }
        }
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
            SiblingFolders.deleteTree(to);
        }
    }

    /**
     * The patch's lists, "add" and "remove" (each empty when missing), read as the mapper's tree would give them:
     * a value that is not a string as its text, and an object or array in a list as an empty path (which no path
     * check lets through).
     */
    private static Map<String, List<String>> readList(Path file) throws IOException {
        Map<String, List<String>> lists = Map.of("add", new ArrayList<>(), "remove", new ArrayList<>());
        try (JsonParser in = JsonWriter.FACTORY.createParser(Files.readAllBytes(file))) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("The patch list " + file + " is not a JSON object");
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                List<String> into = lists.get(in.getCurrentName());
                if (in.nextToken() != JsonToken.START_ARRAY || into == null) {
                    in.skipChildren();
                    continue;
                }
                for (JsonToken item = in.nextToken(); item != JsonToken.END_ARRAY; item = in.nextToken()) {
                    if (item == null) {
                        throw new IOException("The patch list " + file + " ends early");
                    }
                    if (item.isStructStart()) {
                        in.skipChildren();
                        into.add("");
                    } else {
                        into.add(in.getText());
                    }
                }
            }
        }
        return lists;
    }

    /** Deletes {@code folder} and its parents up to {@code root} while they are empty, as a fresh bundle has none. */
    private static void pruneEmptyFolders(Path folder, Path root) throws IOException {
        for (Path dir = folder; dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }
}
