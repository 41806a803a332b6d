package dev.blogwright.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.sync.text.PostFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge over only the files that differ gives what the merge of the whole trees gives. */
class ThreeWayTreeTest {
    private static final PersonIdent WHO = new PersonIdent("Test", "");

    @TempDir
    Path dir;
    private GitStore store;

    @BeforeEach
    void repository() throws Exception {
        store = GitStore.open(dir.resolve("lib.db.sync"), "file:///nowhere");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String post(String slug, double weight, String body) {
        Map<String, Object> top = new TreeMap<>();
        top.put("title", slug);
        top.put("slug", slug);
        top.put("weight", weight == Math.rint(weight) ? (Object) (long) weight : (Object) weight);
        return new String(new PostFile(top, body).bytes(), StandardCharsets.UTF_8);
    }

    private ObjectId commit(Map<String, String> files, ObjectId... parents) throws Exception {
        Map<String, ObjectId> ids = new TreeMap<>();
        try (ObjectInserter inserter = store.inserter(files.size())) {
            for (var e : files.entrySet()) {
                ids.put(e.getKey(), inserter.insert(Constants.OBJ_BLOB, e.getValue().getBytes(StandardCharsets.UTF_8)));
            }
            inserter.flush();
        }
        return store.commitTree(store.editTree(null, Map.of(), ids), WHO, "test", parents);
    }

    private Map<String, String> files(ObjectId tree) throws Exception {
        ObjectId commit = store.commitTree(tree, WHO, "result");
        Map<String, String> out = new TreeMap<>();
        store.read(commit).files().forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void aMergeOfTheDifferingFilesEqualsTheWholeMerge() throws Exception {
        Map<String, String> base = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            base.put("posts/p" + i + ".md", post("p" + i, i, "Paragraph one of " + i + ".\n\nParagraph two.\n"));
        }
        ObjectId b = commit(base);
        Map<String, String> ours = new TreeMap<>(base);
        ours.put("posts/p1.md", post("p1", 1, "Paragraph one of 1, ours.\n\nParagraph two.\n"));
        ours.put("posts/p2.md", post("p2", 2, "Paragraph one of 2.\n\nParagraph two, ours.\n"));
        ours.remove("posts/p3.md");
        Map<String, String> theirs = new TreeMap<>(base);
        theirs.put("posts/p2.md", post("p2", 2, "Paragraph one of 2, theirs.\n\nParagraph two.\n"));
        theirs.put("posts/p8.md", post("p8", 7, "Moved onto p7's place.\n"));
        theirs.put("posts/zz-new.md", post("zz-new", 9, "New, on p9's place.\n"));
        ObjectId o = commit(ours, b);
        ObjectId t = commit(theirs, b);

        ThreeWayTree.Result lazy = ThreeWayTree.merge(store, o, t, "Them", weights(ours));

        TreeMerge.Result whole = TreeMerge.merge(bytes(base), bytes(ours), bytes(theirs), "Them");
        Map<String, String> expected = new TreeMap<>();
        whole.files().forEach((k, v) -> expected.put(k, new String(v, StandardCharsets.UTF_8)));
        assertThat(files(lazy.tree())).isEqualTo(expected);
        assertThat(lazy.conflicts()).isEqualTo(whole.conflicts()).isZero();
        assertThat(expected.get("posts/p7.md")).as("the unchanged post keeps its place").contains("weight: 7\n");
        assertThat(expected.get("posts/p8.md")).as("spread halfway to the next place").contains("weight: 8\n");
        assertThat(expected.get("posts/zz-new.md")).contains("weight: 9.5\n");
    }

    @Test
    void aPostMovedOntoAnUntouchedOneIsTheOneThatMoves() throws Exception {
        Map<String, String> base = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            base.put("posts/p" + i + ".md", post("p" + i, i, "Body " + i + ".\n"));
        }
        ObjectId b = commit(base);
        Map<String, String> ours = new TreeMap<>(base);
        ours.put("posts/p0.md", post("p0", 0, "Body 0, ours.\n"));
        Map<String, String> theirs = new TreeMap<>(base);
        theirs.put("posts/a-new.md", post("a-new", 3, "New, on p3's place.\n"));
        ThreeWayTree.Result r = ThreeWayTree.merge(store, commit(ours, b), commit(theirs, b), "Them", weights(ours));
        Map<String, String> merged = files(r.tree());
        assertThat(merged.get("posts/p3.md")).isEqualTo(base.get("posts/p3.md"));
        assertThat(merged.get("posts/a-new.md")).contains("weight: 3.5\n");
        assertThat(merged.get("posts/p0.md")).isEqualTo(ours.get("posts/p0.md"));
    }

    /** Each post's weight by path, as the library that wrote {@code files} holds it. */
    private static Map<String, Double> weights(Map<String, String> files) {
        Map<String, Double> out = new HashMap<>();
        files.forEach((path, text) -> out.put(path, ((Number) PostFile.parse(text.getBytes(StandardCharsets.UTF_8))
                .frontMatter().get("weight")).doubleValue()));
        return out;
    }

    private static Map<String, byte[]> bytes(Map<String, String> files) {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return out;
    }
}
