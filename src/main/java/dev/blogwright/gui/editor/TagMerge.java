package dev.blogwright.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A three-way merge of tag lists: the writer's additions and removals (the form against the tags it was loaded
 * with) applied to the tags stored now. A whole-list write would drop a tag added elsewhere meanwhile.
 */
final class TagMerge {
    private TagMerge() {
    }

    static List<String> merge(List<String> stored, List<String> base, List<String> edited) {
        List<String> out = new ArrayList<>();
        for (String tag : stored) {
            boolean removedByWriter = contains(base, tag) && !contains(edited, tag);
            if (!removedByWriter && !contains(out, tag)) {
                out.add(tag);
            }
        }
        for (String tag : edited) {
            if (!contains(base, tag) && !contains(out, tag)) {
                out.add(tag);
            }
        }
        return out;
    }

    /** Tags compare as the library stores them: case does not make a second tag. */
    private static boolean contains(List<String> tags, String tag) {
        String key = tag.toLowerCase(Locale.ROOT);
        return tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(key));
    }
}
