package dev.blogwright.model;

public record Tag(long id, String name, String slug) {
}
