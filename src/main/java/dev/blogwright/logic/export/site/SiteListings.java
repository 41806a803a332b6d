package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportRun;
import dev.blogwright.logic.export.Parallel;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.site.SiteModel.Listing;
import dev.blogwright.logic.export.site.ThemeViews.ArchiveGroup;
import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.logic.export.site.ThemeViews.Pager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The site's files besides post and page files, once every post is rendered: the index pages, category, tag and
 * archive pages, 404, the theme's static files, the feeds, sitemap, robots.txt and search index. Each is carried
 * over from the previous bundle when its fingerprint is unchanged.
 */
final class SiteListings {
    private final SiteTheme theme;
    private final ThemedPages pages;

    SiteListings(SiteTheme theme, ThemedPages pages) {
        this.theme = theme;
        this.pages = pages;
    }

    /** Writes everything but the post pages, for posts already rendered, in index order. */
    void write(SiteModel model, ExportRun run) throws IOException {
        BundleWriter out = run.bundle();
        ExportOptions options = run.options();
        List<PageJob> jobs = new ArrayList<>(indexPages(model));
        for (Listing l : model.byCategory.values()) {
            jobs.add(new PageJob(l.file(), "category.peb", Map.of("category", l.link(),
                    "description", l.description(), "cards", l.cards())));
        }
        for (Listing l : model.byTag.values()) {
            jobs.add(new PageJob(l.file(), "tag.peb", Map.of("tag", l.link(),
                    "description", l.description(), "cards", l.cards())));
        }
        jobs.add(new PageJob("archive/index.html", "archive.peb", Map.of("groups", archive(model))));
        jobs.add(new PageJob("404.html", "404.peb", Map.of("root", model.links.notFoundRoot())));
        CardKeys cardKeys = new CardKeys(model, options);
        Parallel.map(jobs, options, ExportProgress.NONE, job -> {
            String inputs = model.memo.fromListing(job.file(), job.extra(),
                    () -> pages.inputs(job.file(), job.template(), model, cardsByKey(job.extra(), cardKeys.byCard())));
            reuseOrWrite(out, job.file(), inputs,
                    () -> bytes(pages.render(job.file(), job.template(), model, job.extra())));
            return job;
        });
        for (Map.Entry<String, byte[]> file : theme.staticFiles().entrySet()) {
            out.write("assets/" + file.getKey(), file.getValue());
        }
        ThemeFiles.write(run.content(), out);
        Feeds feeds = new Feeds(model, run.bodies());
        String feedInputs = feeds.inputs();
        for (Map.Entry<String, Supplier<byte[]>> feed : Map.<String, Supplier<byte[]>>of("feed.xml", feeds::rss,
                "atom.xml", feeds::atom, "feed.json", feeds::jsonFeed).entrySet()) {
            reuseOrWrite(out, feed.getKey(), feedInputs, feed.getValue());
        }
        List<Object> sitemap = Sitemap.shown(model);
        reuseOrWrite(out, "sitemap.xml", model.memo.fromListing("sitemap.xml", sitemap, () -> Sitemap.inputs(sitemap)),
                () -> Sitemap.xml(model));
        out.write("robots.txt", Sitemap.robots(model));
        // Both search files show the cards' titles, links, excerpts, tags and categories, and nothing else.
        List<Card> pageCards = model.pages.stream().map(SitePages::card).toList();
        String searchInputs = model.memo.fromListing("search-index.json", List.of(model.cards, pageCards),
                () -> InputKeys.of("search-index", cardKeys.inOrder(), pageCards));
        boolean jsonKept = out.reuse("search-index.json", searchInputs);
        boolean scriptKept = out.reuse("assets/search-index.js", searchInputs);
        if (!jsonKept || !scriptKept) {
            byte[] json = SearchIndex.json(model, pageCards);
            if (!jsonKept) {
                out.write("search-index.json", json, searchInputs);
            }
            if (!scriptKept) {
                out.write("assets/search-index.js", SearchIndex.script(json), searchInputs);
            }
        }
    }

    /**
     * The fingerprints of all cards, worked out on first use. A card shows on up to a dozen listing pages: its
     * fingerprint is taken once and stands in for it; a re-export whose listings all show what they showed before
     * needs none.
     */
    private static final class CardKeys {
        private final SiteModel model;
        private final ExportOptions options;
        private List<String> inOrder;
        private Map<Card, String> byCard;

        CardKeys(SiteModel model, ExportOptions options) {
            this.model = model;
            this.options = options;
        }

        synchronized List<String> inOrder() {
            if (inOrder == null) {
                List<Integer> indexes = new ArrayList<>(model.cards.size());
                for (int i = 0; i < model.cards.size(); i++) {
                    indexes.add(i);
                }
                inOrder = Parallel.map(indexes, options, ExportProgress.NONE, i -> {
                    Card card = model.cards.get(i);
                    return model.memo.cardKey(i, card, () -> CardKey.of(card));
                });
            }
            return inOrder;
        }

        synchronized Map<Card, String> byCard() {
            if (byCard == null) {
                List<String> keys = inOrder();
                byCard = new IdentityHashMap<>(keys.size() * 2);
                for (int i = 0; i < keys.size(); i++) {
                    byCard.put(model.cards.get(i), keys.get(i));
                }
            }
            return byCard;
        }
    }

    /** {@code value} with every card (in lists, archive groups, maps) replaced by its fingerprint. */
    private static Object cardsByKey(Object value, Map<Card, String> cardKeys) {
        if (value instanceof Card card) {
            String key = cardKeys.get(card);
            return key != null ? key : CardKey.of(card);
        }
        if (value instanceof ArchiveGroup group) {
            return List.of(group.label(), cardsByKey(group.cards(), cardKeys));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> cardsByKey(v, cardKeys)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> keyed = new TreeMap<>();
            map.forEach((k, v) -> keyed.put(k, cardsByKey(v, cardKeys)));
            return keyed;
        }
        return value;
    }

    /** A page to make from a template and the values it shows besides the site's. */
    private record PageJob(String file, String template, Map<String, Object> extra) {
    }

    private static List<PageJob> indexPages(SiteModel model) {
        List<Card> cards = model.cards;
        int perPage = model.settings.postsPerPage();
        int pages = Math.max(1, (cards.size() + perPage - 1) / perPage);
        List<PageJob> jobs = new ArrayList<>(pages);
        for (int page = 1; page <= pages; page++) {
            List<Card> slice = cards.subList((page - 1) * perPage, Math.min(cards.size(), page * perPage));
            String previous = page > 1 ? SiteLinks.href(SiteLinks.pageFile(page - 1)) : "";
            String next = page < pages ? SiteLinks.href(SiteLinks.pageFile(page + 1)) : "";
            jobs.add(new PageJob(SiteLinks.pageFile(page), "index.peb",
                    Map.of("cards", slice, "pager", new Pager(page, pages, previous, next))));
        }
        return jobs;
    }

    private static List<ArchiveGroup> archive(SiteModel model) {
        // Each date is looked up once and each month named once: 10,000 posts have a hundred or so months.
        OffsetDateTime[] dates = new OffsetDateTime[model.cards.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = model.when(model.posts.get(i).post());
        }
        return model.memo.fromListing("archive groups", List.of(model.cards, Arrays.asList(dates)),
                () -> archive(model, dates));
    }

    private static List<ArchiveGroup> archive(SiteModel model, OffsetDateTime[] dates) {
        List<Integer> order = new ArrayList<>(dates.length);
        for (int i = 0; i < dates.length; i++) {
            order.add(i);
        }
        // Newest first by instant; each post in the month its author wrote it in.
        order.sort(Comparator.comparing(i -> dates[i], Comparator.nullsLast(
                Comparator.comparing(OffsetDateTime::toInstant, Comparator.reverseOrder()))));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", model.locale);
        Map<Long, String> monthNames = new HashMap<>();
        Map<String, List<Card>> groups = new LinkedHashMap<>();
        for (int i : order) {
            OffsetDateTime date = dates[i];
            String label = date == null ? "Undated" : monthNames.computeIfAbsent(monthOf(date),
                    m -> month.format(date));
            groups.computeIfAbsent(label, k -> new ArrayList<>()).add(model.cards.get(i));
        }
        List<ArchiveGroup> result = new ArrayList<>();
        groups.forEach((label, cards) -> result.add(new ArchiveGroup(label, cards)));
        return result;
    }

    /** The month of {@code date} as written, as a number (year * 12 + month). */
    private static long monthOf(OffsetDateTime date) {
        return date.getYear() * 12L + date.getMonthValue();
    }

    /** Carries the previous bundle's {@code file} over when made from the same inputs, else makes and writes it. */
    private static void reuseOrWrite(BundleWriter out, String file, String inputs, Supplier<byte[]> make)
            throws IOException {
        if (!out.reuse(file, inputs)) {
            out.write(file, make.get(), inputs);
        }
    }

    private static byte[] bytes(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }
}
