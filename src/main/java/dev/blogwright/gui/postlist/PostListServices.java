package dev.blogwright.gui.postlist;

import dev.blogwright.logic.Transactions;
import dev.blogwright.logic.post.PostListing;
import dev.blogwright.logic.post.PostOrganizing;
import dev.blogwright.logic.taxonomy.Taxonomy;

/**
 * What the post list uses of the library, each behind a small interface, so its view model is built in a test
 * from fakes without a database. {@code reads} runs a load in one transaction: the rows, every tab's count and
 * the categories are one consistent picture.
 */
public record PostListServices(PostListing posts, PostOrganizing organizer, Taxonomy taxonomy, Transactions reads) {
}
