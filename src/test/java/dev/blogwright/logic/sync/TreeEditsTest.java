package dev.blogwright.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;

/**
 * Editing only the trees on the edited paths gives the very tree JGit's index gives for the same edits: names that
 * sort around a folder's '/', files into new folders, the last file of a folder deleted, non-ASCII names.
 */
class TreeEditsTest {
    private static final String[] NAMES = {"a", "a-b", "a.b", "a0", "b", "z", "é", "posts", "post", "posts.md"};

    private final InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("edits"));

    @Test
    void sameTreeAsTheIndexForRandomEdits() throws Exception {
        Random random = new Random(19);
        try (ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
            for (int round = 0; round < 300; round++) {
                Map<String, ObjectId> files = new TreeMap<>();
                for (int i = random.nextInt(12); i > 0; i--) {
                    files.put(path(random), blob(inserter, "file " + random.nextInt(5)));
                }
                Map<String, ObjectId> edits = new TreeMap<>();
                List<String> had = new ArrayList<>(files.keySet());
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    boolean delete = !had.isEmpty() && random.nextBoolean();
                    edits.put(delete ? had.get(random.nextInt(had.size())) : path(random),
                            delete ? null : blob(inserter, "new " + random.nextInt(5)));
                }
                ObjectId base = index(files).writeTree(inserter);
                // The in-memory repository reads only what was flushed.
                inserter.flush();
                ObjectId expected = withIndex(reader, inserter, base, edits);
                assertThat(TreeEdits.root(reader, inserter, base, edits)).as("%s edited by %s", files, edits)
                        .isEqualTo(expected);
            }
        }
    }

    /** A path whose file does not clash with a folder of the same name (a base tree never has both). */
    private static String path(Random random) {
        String name = NAMES[random.nextInt(NAMES.length)];
        return switch (random.nextInt(3)) {
            case 0 -> "f-" + name;
            case 1 -> "posts/" + name + ".md";
            default -> "pages/" + name + "/" + NAMES[random.nextInt(NAMES.length)] + ".md";
        };
    }

    private static ObjectId blob(ObjectInserter inserter, String text) throws Exception {
        return inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
    }

    private static DirCache index(Map<String, ObjectId> files) {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        files.forEach((path, blob) -> builder.add(entry(path, blob)));
        builder.finish();
        return index;
    }

    private static DirCacheEntry entry(String path, ObjectId blob) {
        DirCacheEntry e = new DirCacheEntry(path);
        e.setFileMode(FileMode.REGULAR_FILE);
        e.setObjectId(blob);
        return e;
    }

    private static ObjectId withIndex(ObjectReader reader, ObjectInserter inserter, ObjectId base,
                                      Map<String, ObjectId> edits) throws Exception {
        DirCache index = DirCache.read(reader, base);
        DirCacheEditor editor = index.editor();
        edits.forEach((path, blob) -> editor.add(blob == null ? new DirCacheEditor.DeletePath(path)
                : new DirCacheEditor.PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry ent) {
                        ent.setFileMode(FileMode.REGULAR_FILE);
                        ent.setObjectId(blob);
                    }
                }));
        editor.finish();
        return index.writeTree(inserter);
    }
}
