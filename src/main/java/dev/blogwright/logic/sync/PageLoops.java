package dev.blogwright.logic.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A merge may bring "A under B" from one computer and "B under A" from the other: a loop of pages, which the app
 * never allows (and which would send a breadcrumb round for ever). Each loop is broken at the page whose slug sorts
 * first, which keeps no parent: the same page on every computer, so libraries that import the same merge stay equal.
 */
final class PageLoops {
    private PageLoops() {
    }

    /**
     * {@code parents}: each page's parent as the import would set it, by slug (null: none); pages that are not keys
     * have no parent here. Drops the parent of one page in every loop and returns those pages' slugs, sorted.
     */
    static List<String> breakLoops(Map<String, String> parents) {
        List<String> broken = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : new TreeMap<>(parents).keySet()) {
            LinkedHashSet<String> path = new LinkedHashSet<>();
            String at = start;
            while (at != null && !done.contains(at) && path.add(at)) {
                at = parents.get(at);
            }
            if (at != null && !done.contains(at)) {
                // {@code at} is on this walk twice: the pages from its first visit on are a loop.
                List<String> walked = new ArrayList<>(path);
                String first = walked.subList(walked.indexOf(at), walked.size()).stream().sorted().findFirst()
                        .orElseThrow();
                parents.put(first, null);
                broken.add(first);
            }
            done.addAll(path);
        }
        broken.sort(null);
        return broken;
    }
}
