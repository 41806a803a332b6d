package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedsNewestTest {
    @Test
    void theNewestAreTheFirstOfAStableSortByDateNewestFirstWithUndatedPostsLast() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int size = random.nextInt(3 * Feeds.MAX_ITEMS);
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // Few distinct dates, so ties are common; some posts with no date at all.
                Instant date = random.nextInt(8) == 0 ? null : Instant.ofEpochSecond(86_400L * random.nextInt(40));
                posts.add(new Post.Builder().id(i + 1).slug("p" + i).title("P" + i).publishedAt(date).createdAt(null)
                        .updatedAt(null).build());
            }
            List<Post> sorted = new ArrayList<>(posts);
            sorted.sort(Comparator.comparing(SiteModel::date, Comparator.nullsLast(Comparator.reverseOrder())));
            List<Post> expected = sorted.subList(0, Math.min(Feeds.MAX_ITEMS, size));
            assertThat(Feeds.newest(posts, p -> p)).containsExactlyElementsOf(expected);
        }
    }
}
