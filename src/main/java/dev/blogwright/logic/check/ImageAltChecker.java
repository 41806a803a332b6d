package dev.blogwright.logic.check;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/** Images a screen reader cannot describe: no alt text in the Markdown, or a featured image without one. */
final class ImageAltChecker implements Checker {
    @Override
    public void check(CheckedPost post, CheckContext context, List<Finding> out) {
        if (!post.post().featuredImage().isBlank() && post.post().featuredImageAlt().isBlank()) {
            out.add(Finding.ofPost(post, FindingKind.IMAGE_WITHOUT_ALT,
                    "the featured image has no alt text (" + post.post().featuredImage() + ")"));
        }
        if (post.tree() == null) {
            return;
        }
        for (Node node : post.tree().document().getDescendants()) {
            String alt = null;
            String src = null;
            if (node instanceof Image image) {
                alt = image.getText().toString();
                src = image.getUrl().toString();
            } else if (node instanceof ImageRef ref) {
                alt = ref.getText().toString();
                src = "[" + ref.getReference() + "]";
            }
            if (alt != null && alt.isBlank()) {
                out.add(Finding.at(post, node.getStartOffset() + post.tree().shift(), FindingKind.IMAGE_WITHOUT_ALT,
                        "an image has no alt text (" + src + ")"));
            }
        }
    }
}
