package dev.blogwright.gui.menus;

import dev.blogwright.model.SocialLink;
import dev.blogwright.model.SocialLink.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/** The social links as the editor's fields (Mastodon, GitHub, RSS, other links one a line) and back. */
final class SocialLinksForm {
    private SocialLinksForm() {
    }

    static void fill(List<SocialLink> links, StringProperty mastodon, StringProperty github, BooleanProperty rss,
                     StringProperty others) {
        List<String> lines = new ArrayList<>();
        for (SocialLink link : links) {
            switch (link.network()) {
                case MASTODON -> mastodon.set(link.url());
                case GITHUB -> github.set(link.url());
                case RSS -> rss.set(true);
                case OTHER -> lines.add(link.shownLabel() + " | " + link.url());
            }
        }
        others.set(String.join("\n", lines));
    }

    /** Fills {@code out} from the fields; a reason instead when a URL is not a web address. */
    static Optional<String> read(String mastodon, String github, boolean rss, String others, List<SocialLink> out) {
        if (!mastodon.isBlank()) {
            if (!web(mastodon)) {
                return Optional.of("The Mastodon link must start with https:// (your profile's address)");
            }
            out.add(new SocialLink(Network.MASTODON, "", mastodon));
        }
        if (!github.isBlank()) {
            if (!web(github)) {
                return Optional.of("The GitHub link must start with https://");
            }
            out.add(new SocialLink(Network.GITHUB, "", github));
        }
        if (rss) {
            out.add(new SocialLink(Network.RSS, "", ""));
        }
        for (String line : others.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String label = bar < 0 ? "" : line.substring(0, bar).strip();
            String url = (bar < 0 ? line : line.substring(bar + 1)).strip();
            if (!web(url) || label.isEmpty()) {
                return Optional.of("Write each other link as 'Label | https://…': '" + line.strip() + "' is not");
            }
            out.add(new SocialLink(Network.OTHER, label, url));
        }
        return Optional.empty();
    }

    private static boolean web(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
