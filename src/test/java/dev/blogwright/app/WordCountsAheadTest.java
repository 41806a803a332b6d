package dev.blogwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogwright.logic.markdown.PostText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCountsAheadTest {
    private static List<String> bodies() {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            bodies.add("# Post " + i + "\n\n" + "word ".repeat(i) + "*and* [a link](https://example.com/" + i + ")");
        }
        bodies.add(bodies.get(3));
        return bodies;
    }

    @Test
    void countsMatchThePostTextCountInAnyOrderAndForRepeatedBodies() {
        List<String> bodies = bodies();
        try (WordCountsAhead ahead = new WordCountsAhead(bodies)) {
            for (int i = bodies.size() - 1; i >= 0; i--) {
                assertEquals(PostText.wordCount(bodies.get(i)), ahead.take(bodies.get(i)));
            }
            assertEquals(PostText.wordCount("not announced"), ahead.take("not announced"));
        }
    }

    @Test
    void countsStillComeAfterTheWorkersAreStopped() {
        List<String> bodies = bodies();
        WordCountsAhead ahead = new WordCountsAhead(bodies);
        ahead.close();
        for (String body : bodies) {
            assertEquals(PostText.wordCount(body), ahead.take(body));
        }
    }
}
