package dev.blogwright.logic.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * Blogwright has no pages yet (another issue adds them). Until then a page of an imported blog (Ghost
 * {@code type: page}, a WordPress page) is kept whole but out of the index: a draft tagged {@code page}, with
 * the status it had at the source kept in its front-matter JSON so pages can be restored when they exist.
 */
public final class PageDrafts {
    public static final String TAG = "page";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PageDrafts() {
    }

    /** The page as a draft tagged {@code page}; {@code sourceStatus} is how the source called its status. */
    public static Post asDraft(Post page, String sourceStatus) {
        List<String> tags = new ArrayList<>(page.tags());
        if (!tags.contains(TAG)) {
            tags.add(TAG);
        }
        ObjectNode json;
        try {
            json = page.frontMatterJson().isBlank() ? JsonNodeFactory.instance.objectNode()
                    : (ObjectNode) MAPPER.readTree(page.frontMatterJson());
        } catch (JsonProcessingException | ClassCastException e) {
            json = JsonNodeFactory.instance.objectNode();
        }
        json.put("type", "page").put("sourceStatus", sourceStatus);
        return page.toBuilder().status(PostStatus.DRAFT).tags(tags).frontMatterJson(json.toString()).build();
    }

    /** The report line that says where the page went and why. */
    public static String note(String sourceStatus) {
        return "a page (" + sourceStatus + "), not a post: imported as a draft tagged \"" + TAG
                + "\" so it stays out of the index until Blogwright has pages";
    }
}
