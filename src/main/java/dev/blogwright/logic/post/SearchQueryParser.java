package dev.blogwright.logic.post;

import dev.blogwright.model.PostStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user types in the search field into a {@link PostQuery}: {@code is:draft}, {@code is:featured},
 * {@code is:trashed}, {@code category:name}, {@code tag:name} (quotes allow spaces) and free text for the
 * full-text index. Unknown prefixes are searched as text.
 */
public final class SearchQueryParser {
    private SearchQueryParser() {
    }

    public static PostQuery parse(String input, PostQuery base) {
        PostQuery query = base;
        List<String> text = new ArrayList<>();
        for (String token : tokens(input == null ? "" : input)) {
            int colon = token.indexOf(':');
            String key = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
            String value = colon > 0 ? unquote(token.substring(colon + 1)) : "";
            switch (key) {
                case "is" -> {
                    PostQuery applied = applyIs(query, value.toLowerCase(Locale.ROOT));
                    if (applied == null) {
                        text.add(token);
                    } else {
                        query = applied;
                    }
                }
                case "category", "cat" -> query = query.withCategory(value);
                case "tag" -> query = query.withTag(value);
                default -> text.add(unquote(token));
            }
        }
        return query.withText(text.isEmpty() ? null : String.join(" ", text));
    }

    private static PostQuery applyIs(PostQuery query, String value) {
        return switch (value) {
            case "draft", "drafts" -> query.withStatus(PostStatus.DRAFT);
            case "scheduled" -> query.withStatus(PostStatus.SCHEDULED);
            case "published" -> query.withStatus(PostStatus.PUBLISHED);
            case "featured" -> query.withFeatured(true);
            case "trashed", "trash", "deleted" -> query.withTrashed(true);
            default -> null;
        };
    }

    static List<String> tokens(String input) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : input.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static String unquote(String s) {
        return s.replace("\"", "");
    }

    /**
     * The FTS5 MATCH expression for free text: every word must occur, each as a prefix, with FTS syntax
     * characters neutralised by quoting so user input can never be an FTS5 syntax error.
     */
    public static String ftsExpression(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String cleaned = word.replace("\"", "");
            if (cleaned.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append('"').append(cleaned).append("\"*");
        }
        return out.toString();
    }
}
