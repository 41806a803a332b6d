package dev.blogwright.gui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

class ReorderItemsTest {
    @Test
    void moveIsGreyedAndSaysWhyWhileTheListIsSortedOtherwise() {
        SimpleBooleanProperty reorderable = new SimpleBooleanProperty(true);
        MenuItem up = new MenuItem("Move up");
        ReorderItems.bind(up, reorderable);
        assertThat(up.isDisable()).isFalse();
        assertThat(up.getText()).isEqualTo("Move up");
        reorderable.set(false);
        assertThat(up.isDisable()).isTrue();
        assertThat(up.getText()).isEqualTo("Move up (manual order only)");
        reorderable.set(true);
        assertThat(up.getText()).isEqualTo("Move up");
    }
}
