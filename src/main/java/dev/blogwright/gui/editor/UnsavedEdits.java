package dev.blogwright.gui.editor;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the writer changed that the library has not confirmed yet: the text, the fields not yet taken by a write,
 * and the fields of writes still in flight. A refresh from the library must leave all of these as the writer
 * has them; a save sends only these.
 */
final class UnsavedEdits {
    private boolean text;
    private final EnumSet<PostField> fields = EnumSet.noneOf(PostField.class);
    private final EnumSet<PostField> inFlight = EnumSet.noneOf(PostField.class);
    private int pendingWrites;
    private int writesIssued;
    private boolean refreshWanted;

    /** A post was (re)loaded: nothing of it is unsaved. */
    void clear() {
        text = false;
        fields.clear();
        inFlight.clear();
        pendingWrites = 0;
        refreshWanted = false;
    }

    /** The writer changed a field, or the text when {@code field} is null. */
    void changed(PostField field) {
        if (field == null) {
            text = true;
        } else {
            fields.add(field);
        }
    }

    boolean text() {
        return text;
    }

    /** Whether anything waits for the next write. */
    boolean any() {
        return text || !fields.isEmpty();
    }

    /** The changed fields no write has taken yet. */
    EnumSet<PostField> fields() {
        return fields.isEmpty() ? EnumSet.noneOf(PostField.class) : EnumSet.copyOf(fields);
    }

    /** The changed fields plus those of writes in flight: what the library may not show yet. */
    EnumSet<PostField> notStored() {
        EnumSet<PostField> all = fields();
        all.addAll(inFlight);
        return all;
    }

    /** A write took these fields (and the text). */
    void taken(Set<PostField> written) {
        text = false;
        fields.clear();
        inFlight.addAll(written);
        pendingWrites++;
        writesIssued++;
    }

    /** A write ended, stored or not. */
    void writeEnded() {
        pendingWrites--;
        if (pendingWrites == 0) {
            inFlight.clear();
        }
    }

    /** A write failed: what it carried is unsaved again. */
    void failed(Set<PostField> written) {
        text = true;
        fields.addAll(written);
    }

    /** A synchronous save stored everything there was. */
    void stored() {
        text = false;
        fields.clear();
        inFlight.clear();
        pendingWrites = 0;
    }

    boolean writing() {
        return pendingWrites > 0;
    }

    /** Counts every write ever issued: a read that saw another count may have missed a write. */
    int writesIssued() {
        return writesIssued;
    }

    void wantRefresh(boolean wanted) {
        refreshWanted = wanted;
    }

    boolean refreshWanted() {
        return refreshWanted;
    }
}
