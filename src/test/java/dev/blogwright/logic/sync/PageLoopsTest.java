package dev.blogwright.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageLoopsTest {
    @Test
    void aTreeIsLeftAlone() {
        Map<String, String> parents = new HashMap<>(Map.of("about", "company", "team", "company"));
        assertThat(PageLoops.breakLoops(parents)).isEmpty();
        assertThat(parents).containsEntry("about", "company").containsEntry("team", "company");
    }

    @Test
    void eachLoopLosesTheParentOfItsFirstSlugOnly() {
        Map<String, String> parents = new HashMap<>(Map.of("team", "about", "about", "company", "company", "team",
                "zeta", "omega", "omega", "zeta", "history", "team"));
        assertThat(PageLoops.breakLoops(parents)).containsExactly("about", "omega");
        assertThat(parents).containsEntry("about", null).containsEntry("omega", null)
                .containsEntry("company", "team").containsEntry("team", "about").containsEntry("zeta", "omega")
                .containsEntry("history", "team");
    }

    @Test
    void aPageUnderItselfLosesItsParent() {
        Map<String, String> parents = new HashMap<>(Map.of("about", "about"));
        assertThat(PageLoops.breakLoops(parents)).containsExactly("about");
        assertThat(parents).containsEntry("about", null);
    }
}
