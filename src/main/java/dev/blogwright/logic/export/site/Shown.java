package dev.blogwright.logic.export.site;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Equality of what a page shows, for values made of lists, maps and records: {@code equals}, but looking at
 * identity first at every level. A re-export's listings hold mostly the very card objects the previous one held
 * (see {@link PostMemo}); comparing a thousand pages' cards field by field would cost what it saves.
 */
final class Shown {
    private Shown() {
    }

    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                Object other = y.get(e.getKey());
                if (other == null && !y.containsKey(e.getKey()) || !same(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof ThemeViews.ArchiveGroup x && b instanceof ThemeViews.ArchiveGroup y) {
            return Objects.equals(x.label(), y.label()) && same(x.cards(), y.cards());
        }
        return a.equals(b);
    }
}
