package dev.blogwright.model;

/** A post category; {@code colour} is a CSS hex colour or empty, {@code parentId} is null for a top-level one. */
public record Category(long id, String name, String slug, String description, String colour, double position,
                       Long parentId) {
    public Category {
        description = description == null ? "" : description;
        colour = colour == null ? "" : colour;
    }
}
