package dev.blogwright.gui.editor;

/**
 * The fields of the Details pane one by one, so the editor can save only the ones the writer changed and leave
 * whatever else was stored (by a bulk action, a rename, an import) as it is.
 */
public enum PostField {
    TITLE, SLUG, CATEGORY, TAGS, ICON, STATUS, PUBLISHED_AT, FEATURED, EXCERPT, META_TITLE, META_DESCRIPTION,
    CANONICAL_URL, FEATURED_IMAGE, LANGUAGE, PARENT
}
