package dev.blogwright.model;

import java.util.Locale;

/**
 * A link to the author elsewhere, shown in the site's footer. A Mastodon link carries {@code rel="me"} so the
 * profile can verify the blog; an RSS link without a URL points at the blog's own feed.
 */
public record SocialLink(Network network, String label, String url) {

    /** The kinds of links the footer knows by name; OTHER is any URL with its own label. */
    public enum Network {
        MASTODON("Mastodon"), GITHUB("GitHub"), RSS("RSS"), OTHER("Link");

        private final String title;

        Network(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Network fromKey(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        }
    }

    public SocialLink {
        if (network == null) {
            throw new IllegalArgumentException("A social link needs a network");
        }
        label = label == null ? "" : label.strip();
        url = url == null ? "" : url.strip();
    }

    /** What the footer shows: the label, else the network's name. */
    public String shownLabel() {
        return label.isEmpty() ? network.title() : label;
    }
}
