package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.asset.Assets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Images entering the open post: copied into the library's assets off the FX thread, referenced in Markdown. */
final class EditorImages {
    private static final List<String> PATTERNS = List.of("*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.svg");

    private final Assets assets;
    private final DialogService dialogs;
    private final EditorTasks tasks;

    EditorImages(Assets assets, DialogService dialogs, EditorTasks tasks) {
        this.assets = assets;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    /** Copies a file into the library's assets and hands back its Markdown reference. */
    void add(Path file, Consumer<String> onReference) {
        tasks.write(() -> {
            try {
                return AssetService.reference(assets.add(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not copy " + file.getFileName() + " into the library.", e);
            }
        }, onReference, e -> dialogs.showError("The image could not be added: " + e.getMessage(), e));
    }

    /** Asks for an image file and hands back its reference once it is in the library. */
    void choose(String title, Consumer<String> onReference) {
        dialogs.chooseFiles(title, "Images", PATTERNS).stream().findFirst().ifPresent(f -> add(f, onReference));
    }
}
