package dev.blogwright.util;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * Jackson for JSON objects keyed by file paths (the export's manifest, the deploy's manifest on a target): field
 * names are not canonicalized. Jackson interns every field name by default, which suits the few names of a schema;
 * a manifest's names are 10,500 different paths, and interning them took 100 ms of a parse in a new process.
 */
public final class PathKeyedJson {
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    private PathKeyedJson() {
    }
}
