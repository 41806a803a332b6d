package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.LoadingPlaceholder;
import dev.blogwright.model.Post;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.layout.Pane;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The stand-in editor hands on what was asked of it before the real editor was built. */
class DeferredEditorTest {
    private final List<String> calls = new ArrayList<>();
    private final Pane node = new Pane();
    private final ReadOnlyObjectWrapper<Post> current = new ReadOnlyObjectWrapper<>();

    /** Records each call by name and argument. */
    private final DoubleProperty divider =
            new SimpleDoubleProperty(Double.NaN);

    private PostEditor recording() {
        return (PostEditor) Proxy.newProxyInstance(PostEditor.class.getClassLoader(), new Class<?>[]{PostEditor.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "node" -> node;
                    case "currentPostProperty" -> current.getReadOnlyProperty();
                    case "getLayout" -> PostEditor.Layout.SPLIT;
                    case "previewDividerProperty" -> divider;
                    case "canUndo", "canRedo" -> new SimpleBooleanProperty(false);
                    default -> {
                        calls.add(method.getName() + (args == null ? "" : " " + (args[0] instanceof Consumer<?>
                                ? "listener" : args[0])));
                        yield null;
                    }
                });
    }

    @Test
    void buildsNothingUntilAskedAndOpensTheLastPostChosenMeanwhile() {
        DeferredEditor editor = new DeferredEditor(this::recording);
        editor.setLayout(PostEditor.Layout.PREVIEW_ONLY);
        editor.setOnPostChanged(p -> { });
        editor.open(3);
        editor.open(7);
        assertThat(editor.isCreated()).isFalse();
        editor.create();
        assertThat(calls).containsExactly("setLayout PREVIEW_ONLY", "setOnPostChanged listener", "open 7");
        assertThat(((Pane) editor.node()).getChildren()).containsExactly(node);
    }

    @Test
    void untilBuiltItSaysTheEditorIsOnItsWay() {
        DeferredEditor editor = new DeferredEditor(this::recording);
        assertThat(((Pane) editor.node()).getChildren()).singleElement()
                .isInstanceOfSatisfying(LoadingPlaceholder.class,
                        p -> assertThat(p.message()).isEqualTo(DeferredEditor.LOADING));
        editor.create();
        assertThat(((Pane) editor.node()).getChildren()).containsExactly(node);
    }

    @Test
    void aCommandBuildsTheEditorAtOnce() {
        DeferredEditor editor = new DeferredEditor(this::recording);
        editor.bold();
        assertThat(editor.isCreated()).isTrue();
        assertThat(calls).endsWith("bold");
    }

    @Test
    void flushBeforeTheEditorExistsWritesNothing() {
        DeferredEditor editor = new DeferredEditor(this::recording);
        editor.flush();
        assertThat(editor.isCreated()).isFalse();
    }

    @Test
    void currentPostFollowsTheBuiltEditor() {
        DeferredEditor editor = new DeferredEditor(this::recording);
        editor.create();
        Post post = Post.draft("A", "b").build();
        current.set(post);
        assertThat(editor.currentPostProperty().get()).isSameAs(post);
    }

    @Test
    void aDividerSetBeforeTheEditorExistsReachesIt() {
        DeferredEditor deferred = new DeferredEditor(this::recording);
        deferred.previewDividerProperty().set(0.7);
        deferred.create();
        Assertions.assertThat(divider.get()).isEqualTo(0.7);
        divider.set(0.4);
        Assertions.assertThat(deferred.previewDividerProperty().get()).isEqualTo(0.4);
    }
}
