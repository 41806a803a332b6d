package dev.blogwright.logic.check;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/** Links and images that lead to a post, category, tag or library file that does not exist (see {@link SiteTargets}). */
final class LinkChecker implements Checker {
    private final SiteTargets targets;

    LinkChecker(SiteTargets targets) {
        this.targets = targets;
    }

    @Override
    public void check(CheckedPost post, CheckContext context, List<Finding> out) {
        String featured = post.post().featuredImage();
        if (!featured.isBlank()) {
            String problem = targets.problem(featured, post.post().slug());
            if (problem != null) {
                out.add(Finding.ofPost(post, FindingKind.BROKEN_LINK, "featured image: " + problem));
            }
        }
        if (post.tree() == null) {
            return;
        }
        Document document = post.tree().document();
        for (Node node : document.getDescendants()) {
            String url = url(node, document);
            if (url != null) {
                String problem = targets.problem(url, post.post().slug());
                if (problem != null) {
                    out.add(Finding.at(post, node.getStartOffset() + post.tree().shift(), FindingKind.BROKEN_LINK,
                            problem));
                }
            }
        }
    }

    /** The target of a link or image node, a reference one resolved; null for other nodes and undefined references. */
    private static String url(Node node, Document document) {
        if (node instanceof Link link) {
            return link.getUrl().toString();
        }
        if (node instanceof Image image) {
            return image.getUrl().toString();
        }
        Reference reference = null;
        if (node instanceof LinkRef ref && ref.isDefined()) {
            reference = ref.getReferenceNode(document);
        } else if (node instanceof ImageRef ref && ref.isDefined()) {
            reference = ref.getReferenceNode(document);
        }
        return reference == null ? null : reference.getUrl().toString();
    }
}
