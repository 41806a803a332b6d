package dev.blogwright.logic.markdown;

/** A post body rendered once with the values derived from the same parse: HTML, word count and excerpt. */
public record RenderedMarkdown(String html, int words, String excerpt) {
    public int readingMinutes() {
        return PostText.readingMinutes(words);
    }
}
