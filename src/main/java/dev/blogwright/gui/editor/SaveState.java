package dev.blogwright.gui.editor;

/** Where the open post stands against the library, as the status bar shows it. */
public enum SaveState {
    /** Everything typed is stored. */
    SAVED,
    /** Edits are waiting for the debounce or being written. */
    SAVING,
    /** The last write failed; the text is kept in the editor and a retry is scheduled. */
    FAILED
}
