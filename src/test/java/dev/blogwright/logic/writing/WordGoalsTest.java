package dev.blogwright.logic.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.post.PostQuery;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordGoalsTest {
    @TempDir
    Path dir;

    @Test
    void aGoalIsKeptWithThePostInTheLibrary() {
        Path file = dir.resolve("blog.db");
        long id;
        try (BlogLibrary library = BlogLibrary.open(file, OpenMode.CREATE)) {
            library.installSample();
            id = library.posts().posts(PostQuery.all()).get(0).id();
            assertThat(library.goals().goal(id)).isEmpty();
            assertThat(library.goals().set(id, "1,500")).isEmpty();
        }
        try (BlogLibrary library = BlogLibrary.open(file, OpenMode.WRITE)) {
            assertThat(library.goals().goal(id)).isEqualTo(OptionalInt.of(1500));
            assertThat(library.goals().set(id, " ")).isEmpty();
            assertThat(library.goals().goal(id)).isEmpty();
        }
    }

    @Test
    void anEntryThatIsNoWordCountIsRefusedWithAReason() {
        WordGoals goals = new WordGoals(new InMemoryGoals());
        assertThat(goals.set(1, "lots")).hasValueSatisfying(r -> assertThat(r).contains("number of words"));
        assertThat(goals.set(1, "0")).isPresent();
        assertThat(goals.set(1, "99999999")).isPresent();
        assertThat(goals.goal(1)).isEmpty();
        assertThat(goals.set(1, "800")).isEmpty();
        assertThat(goals.goal(1)).isEqualTo(OptionalInt.of(800));
    }

    @Test
    void progressIsCappedAtTheGoal() {
        assertThat(new GoalProgress(250, 1000).fraction()).isEqualTo(0.25);
        assertThat(new GoalProgress(250, 1000).text()).isEqualTo("250 of 1,000 words (25%)");
        assertThat(new GoalProgress(1200, 1000).fraction()).isEqualTo(1.0);
        assertThat(new GoalProgress(1200, 1000).reached()).isTrue();
    }
}
