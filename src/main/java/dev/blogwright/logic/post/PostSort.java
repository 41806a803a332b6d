package dev.blogwright.logic.post;

/** Orders a list of posts can take; MANUAL is the editors' order the index uses. */
public enum PostSort {
    MANUAL, PUBLISHED, TITLE, UPDATED
}
