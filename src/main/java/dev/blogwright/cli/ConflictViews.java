package dev.blogwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.model.Post;
import java.io.PrintWriter;
import java.util.List;

/** A post's unresolved sync conflicts, for {@code show}: {@code "conflicts": [{"from", "title", "markdown"}]}. */
final class ConflictViews {
    private ConflictViews() {
    }

    static void add(ObjectNode o, BlogLibrary lib, Post p) {
        ArrayNode list = o.putArray("conflicts");
        for (ConflictVersion c : conflicts(lib, p)) {
            ObjectNode n = list.addObject();
            n.put("from", c.from());
            n.put("title", c.parsed().frontMatter().getOrDefault("title", "").toString());
            n.put("markdown", c.parsed().body());
        }
    }

    static void describe(PrintWriter out, BlogLibrary lib, Post p) {
        List<ConflictVersion> list = conflicts(lib, p);
        if (!list.isEmpty()) {
            out.printf("%nflagged: %d unresolved sync conflict(s), from %s; open the post in the app to choose.%n",
                    list.size(), String.join(", ", list.stream().map(ConflictVersion::from).distinct().toList()));
        }
    }

    private static List<ConflictVersion> conflicts(BlogLibrary lib, Post p) {
        return LibraryTexts.of(lib).sync().conflicts(p.id());
    }
}
