package dev.blogwright.logic.importing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Markdown file split into its front matter (an empty object when there is none) and its body. */
public record FrontMatter(Format format, ObjectNode fields, String body) {
    public enum Format { NONE, YAML, TOML, JSON }
}
