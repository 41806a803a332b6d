package dev.blogwright.logic.check;

import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.model.Post;
import java.util.List;

/**
 * Titles and descriptions a search engine would cut or find too thin. The numbers: Google shows about 600 px of a
 * title in 20 px Arial, some 60 to 70 characters of ordinary text, so a title past {@value #TITLE_MAX} is surely
 * cut, and one under {@value #TITLE_MIN} says too little to rank; it shows about 920 px of a description, 155 to 160
 * characters, so one past {@value #DESCRIPTION_MAX} is cut (the Details pane marks the same limit), and one under
 * {@value #DESCRIPTION_MIN} is usually replaced by text the engine picks itself. The title checked is the SEO title
 * when one is set, else the post's; the description is the one the page carries: the meta description, else the
 * excerpt. Lengths count characters as a reader sees them (code points).
 */
final class SearchLengthChecker implements Checker {
    static final int TITLE_MIN = 10;
    static final int TITLE_MAX = 70;
    static final int DESCRIPTION_MIN = 50;
    static final int DESCRIPTION_MAX = 160;

    @Override
    public void check(CheckedPost checked, CheckContext context, List<Finding> out) {
        Post post = checked.post();
        boolean seo = !post.metaTitle().isBlank();
        String title = (seo ? post.metaTitle() : post.title()).strip();
        String which = seo ? "the SEO title" : "the title";
        int t = length(title);
        if (t > TITLE_MAX) {
            out.add(Finding.ofPost(checked, FindingKind.TITLE_LENGTH,
                    which + " has " + t + " characters; search results show about " + TITLE_MAX));
        } else if (t < TITLE_MIN) {
            out.add(Finding.ofPost(checked, FindingKind.TITLE_LENGTH,
                    which + " has " + t + " characters; give it at least " + TITLE_MIN));
        }
        boolean meta = !post.metaDescription().isBlank();
        String description = meta ? post.metaDescription().strip() : PostText.excerpt(post.excerpt(), post.body());
        String what = meta ? "the meta description" : "the description (the excerpt)";
        int d = length(description);
        if (d > DESCRIPTION_MAX) {
            out.add(Finding.ofPost(checked, FindingKind.DESCRIPTION_LENGTH,
                    what + " has " + d + " characters; search results show about " + DESCRIPTION_MAX));
        } else if (d < DESCRIPTION_MIN) {
            out.add(Finding.ofPost(checked, FindingKind.DESCRIPTION_LENGTH,
                    what + " has " + d + " characters; give it at least " + DESCRIPTION_MIN));
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
