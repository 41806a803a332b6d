package dev.blogwright.logic.check;

import dev.blogwright.logic.markdown.PostText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Excerpts that stop in the middle of a sentence: the manual one, or the first paragraph the export cuts at 160
 * characters. An excerpt ending in "…" or "..." after anything but a sentence's end, or in a comma, semicolon,
 * colon or dash, reads as cut on the index and in feeds.
 */
final class ExcerptChecker implements Checker {
    private static final Pattern CUT = Pattern.compile(
            "(?s).*(?:[^.!?\\s]\\s*(?:…|\\.\\.\\.)|[,;:\\p{Pd}])[\\s\"'”’)\\]]*");

    @Override
    public void check(CheckedPost post, CheckContext context, List<Finding> out) {
        String excerpt = PostText.excerpt(post.post().excerpt(), post.post().body()).strip();
        if (!excerpt.isEmpty() && CUT.matcher(excerpt).matches()) {
            boolean manual = post.post().excerpt() != null && !post.post().excerpt().isBlank();
            out.add(Finding.ofPost(post, FindingKind.EXCERPT_CUT, (manual ? "the excerpt" : "the automatic excerpt")
                    + " stops mid-sentence: '" + tail(excerpt) + "'"));
        }
    }

    private static String tail(String s) {
        return s.length() <= 40 ? s : "…" + s.substring(s.length() - 39);
    }
}
