package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.logic.export.site.ThemeViews.Link;

/**
 * The fingerprint of a post's card, which every listing that shows it is keyed by (index pages, tag and category
 * pages, the archive, the search index). A new process works out all 10,000 of them; written field by field, as
 * {@link PostSources} is, because {@link InputKeys#of} reads a record's fields by reflection. Every field of
 * {@link Card} is written (a test holds it to the record).
 */
final class CardKey {
    private CardKey() {
    }

    static String of(Card card) {
        InputKeys.Parts k = InputKeys.parts().group("card").text(card.title()).text(card.url()).text(card.icon());
        link(k, card.category());
        k.number(card.tags() == null ? -1 : card.tags().size());
        if (card.tags() != null) {
            card.tags().forEach(tag -> link(k, tag));
        }
        return k.text(card.excerpt()).text(card.date()).text(card.isoDate()).number(card.minutes()).text(card.mark())
                .end().key();
    }

    private static void link(InputKeys.Parts k, Link link) {
        if (link == null) {
            k.text(null);
        } else {
            k.group("link").text(link.name()).text(link.url()).end();
        }
    }
}
