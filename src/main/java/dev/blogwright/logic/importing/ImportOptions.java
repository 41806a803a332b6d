package dev.blogwright.logic.importing;

/**
 * @param draftsAsDrafts false imports drafts as published posts
 * @param category       a category name forced on every imported post, or null to take each post's own
 * @param maxFileBytes   files larger than this are refused before they are read
 * @param batchSize      posts per transaction
 */
public record ImportOptions(boolean draftsAsDrafts, String category, long maxFileBytes, int batchSize) {
    public ImportOptions {
        if (maxFileBytes <= 0 || batchSize <= 0) {
            throw new IllegalArgumentException("maxFileBytes and batchSize must be positive");
        }
        category = category == null || category.isBlank() ? null : category.strip();
    }

    public static ImportOptions defaults() {
        return new ImportOptions(true, null, TextDecoding.DEFAULT_MAX_BYTES, 200);
    }

    public ImportOptions withDraftsAsDrafts(boolean v) {
        return new ImportOptions(v, category, maxFileBytes, batchSize);
    }

    public ImportOptions withCategory(String v) {
        return new ImportOptions(draftsAsDrafts, v, maxFileBytes, batchSize);
    }

    public ImportOptions withMaxFileBytes(long v) {
        return new ImportOptions(draftsAsDrafts, category, v, batchSize);
    }

    public ImportOptions withBatchSize(int v) {
        return new ImportOptions(draftsAsDrafts, category, maxFileBytes, v);
    }
}
