package dev.blogwright.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.spelling.Dictionaries;
import dev.blogwright.logic.spelling.MemoryDictionaryRepository;
import dev.blogwright.logic.spelling.SpellingService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A small blog with one post per kind of problem, and one post with none. */
class BlogCheckTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String GOOD_EXCERPT = "A post that links well, shows its images with words and reads as one "
            + "whole sentence.";
    private final SpellingService spelling = new SpellingService(Dictionaries.installed(), new MemoryDictionaryRepository());
    private final BlogSettings settings = BlogSettings.defaults();
    private final List<Category> categories = List.of(new Category(1, "Guides", "guides", "", "", 1, null));
    private final List<Tag> tags = List.of(new Tag(1, "Java", "java"));
    private final List<Post> posts = new ArrayList<>();
    private long nextId = 1;

    private Post.Builder post(String slug, String title, String body) {
        return Post.draft(title, body).id(nextId++).slug(slug).categoryId(1L).status(PostStatus.PUBLISHED)
                .publishedAt(Instant.parse("2026-05-01T09:00:00Z")).excerpt(GOOD_EXCERPT);
    }

    private void add(Post.Builder b) {
        posts.add(b.build());
    }

    private List<Finding> check(String... slugs) {
        CheckContext context = new CheckContext(settings, posts, categories, tags, Set.of("abc123.png"), NOW,
                p -> spelling.checkerFor(p, settings));
        List<Post> selected = slugs.length == 0 ? posts
                : posts.stream().filter(p -> List.of(slugs).contains(p.slug())).toList();
        return BlogCheck.run(selected, context);
    }

    private List<Finding> of(String slug) {
        return check().stream().filter(f -> f.slug().equals(slug)).toList();
    }

    private void addClean() {
        add(post("clean", "A Clean Post About Writing Well", """
                ## Links that work

                See [the other post](../clean/), [the guides](../../categories/guides/), [Java](/tags/java/),
                [the index](../../), [elsewhere](https://example.org/x) and [this](#links-that-work).

                ![A diagram of the export](assets/abc123.png)

                ### Details

                Some `cdoe` that is not prose.
                """));
    }

    @Test
    void aCleanPostHasNoFindings() {
        addClean();
        assertThat(check()).isEmpty();
    }

    @Test
    void brokenLinksToPostsCategoriesTagsAndAssetsAreFoundWithTheirLine() {
        addClean();
        add(post("links", "A Post With Links That Lead Nowhere", """
                First line.
                [a](../missing-post/) and [b](https://example.com/posts/gone/index.html)
                [c](../../categories/nothing/) [d](/tags/none/) ![e](assets/nope.png)
                [f](../clean/) [g][ref]

                [ref]: ../../../../up
                """).featuredImage("assets/absent.jpg").featuredImageAlt("A picture"));
        List<Finding> found = of("links");
        assertThat(found).extracting(Finding::kind).containsOnly(FindingKind.BROKEN_LINK);
        assertThat(found).extracting(Finding::detail).anySatisfy(d -> assertThat(d).contains("missing-post"))
                .anySatisfy(d -> assertThat(d).contains("no post 'gone'"))
                .anySatisfy(d -> assertThat(d).contains("no category 'nothing'"))
                .anySatisfy(d -> assertThat(d).contains("no tag 'none'"))
                .anySatisfy(d -> assertThat(d).contains("no file 'nope.png'"))
                .anySatisfy(d -> assertThat(d).contains("above the site's root"))
                .anySatisfy(d -> assertThat(d).startsWith("featured image:").contains("absent.jpg"));
        assertThat(found).hasSize(7);
        Finding first = found.stream().filter(f -> f.detail().contains("missing-post")).findFirst().orElseThrow();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.column()).isEqualTo(1);
        assertThat(first.asLine()).isEqualTo("links: broken-link: " + first.detail() + " (line 2)");
    }

    @Test
    void aLinkToADraftIsBrokenOnTheSite() {
        add(post("draft", "A Draft Nobody Has Read Yet", "Text.").status(PostStatus.DRAFT));
        add(post("linker", "A Post Linking To A Draft", "[soon](../draft/)"));
        assertThat(of("linker")).extracting(Finding::detail).singleElement().asString().contains("is a draft");
    }

    @Test
    void linksToAPageResolveAtItsSlugAndAPageLinksFromItsOwnFolder() {
        addClean();
        add(post("about", "About the People Who Write Here", "[a post](../posts/clean/) [home](../)")
                .kind(PostKind.PAGE).categoryId(null));
        add(post("linker", "A Post Linking To The About Page", """
                [about](/about/) [again](../../about/index.html)
                [wrong](../about/) [post](/clean/)
                """));
        assertThat(of("about")).as("a page needs no category; its links resolve from /about/").isEmpty();
        assertThat(of("linker")).extracting(Finding::detail).satisfiesExactlyInAnyOrder(
                d -> assertThat(d).contains("'about' is a page, at /about/"),
                d -> assertThat(d).contains("'clean' is a post, at /posts/clean/"));
    }

    @Test
    void imageWithoutAltText() {
        add(post("images", "A Post With An Undescribed Image", "Text.\n\n![](https://example.org/a.png)"));
        assertThat(of("images")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.IMAGE_WITHOUT_ALT);
            assertThat(f.line()).isEqualTo(3);
        });
    }

    @Test
    void headingThatSkipsALevel() {
        add(post("headings", "A Post Whose Outline Has A Hole", "## One\n\nText.\n\n#### Three\n\nText.\n\n## Two\n"));
        assertThat(of("headings")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.HEADING_SKIPS_LEVEL);
            assertThat(f.detail()).contains("Three").contains("h4").contains("h2");
            assertThat(f.line()).isEqualTo(5);
        });
    }

    @Test
    void titlesAndDescriptionsOutsideSearchEngineLengths() {
        add(post("long-title", "A Title So Long That Every Search Engine Will Cut It Somewhere In The Middle", "Text."));
        add(post("short-title", "Hi", "Text."));
        add(post("long-description", "A Post With Too Much To Say Up Front", "Text.")
                .metaDescription("Words ".repeat(40).strip() + "."));
        add(post("short-description", "A Post With Too Little To Say", "Text.").excerpt("Short."));
        assertThat(of("long-title")).extracting(Finding::kind).containsExactly(FindingKind.TITLE_LENGTH);
        assertThat(of("short-title")).extracting(Finding::kind).containsExactly(FindingKind.TITLE_LENGTH);
        assertThat(of("long-description")).extracting(Finding::kind).containsExactly(FindingKind.DESCRIPTION_LENGTH);
        assertThat(of("short-description")).extracting(Finding::kind).containsExactly(FindingKind.DESCRIPTION_LENGTH);
    }

    @Test
    void aShortSeoTitleMakesALongTitleFine() {
        add(post("seo", "A Title So Long That Every Search Engine Will Cut It Somewhere In The Middle", "Text.")
                .metaTitle("A Shorter Title For Search Results"));
        assertThat(of("seo")).isEmpty();
    }

    @Test
    void postWithoutCategory() {
        add(post("homeless", "A Post That Belongs Nowhere At All", "Text.").categoryId(null));
        add(post("orphan", "A Post In A Category Since Deleted", "Text.").categoryId(99L));
        assertThat(of("homeless")).extracting(Finding::kind).containsExactly(FindingKind.NO_CATEGORY);
        assertThat(of("orphan")).extracting(Finding::kind).containsExactly(FindingKind.NO_CATEGORY);
    }

    @Test
    void excerptCutMidSentenceManualOrAutomatic() {
        add(post("manual", "A Post Whose Excerpt Trails Off", "Text.")
                .excerpt("The decisions we make on every project, and how we make them explicitly and…"));
        String longParagraph = "This first paragraph goes on and on about the many things a writer wants to say "
                + "before the point, which means that the automatic excerpt has to cut it somewhere in the middle "
                + "of a sentence like this one.";
        add(post("automatic", "A Post Whose First Paragraph Is Long", longParagraph).excerpt(null));
        add(post("whole", "A Post Whose Excerpt Ends Well Enough", "Text.")
                .excerpt("Everything we learned… and what we would do differently next time, in one short list."));
        assertThat(of("manual")).extracting(Finding::kind).containsExactly(FindingKind.EXCERPT_CUT);
        assertThat(of("automatic")).extracting(Finding::kind).containsExactly(FindingKind.EXCERPT_CUT);
        assertThat(of("automatic").get(0).detail()).startsWith("the automatic excerpt");
        assertThat(of("whole")).isEmpty();
    }

    @Test
    void duplicateTitlesNameEachOther() {
        add(post("first", "The Same Title Twice Over Here", "Text."));
        add(post("second", "the same  title twice over here ", "Text."));
        assertThat(of("first")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.DUPLICATE_TITLE);
            assertThat(f.detail()).contains("second");
        });
        assertThat(of("second")).extracting(Finding::kind).containsExactly(FindingKind.DUPLICATE_TITLE);
    }

    @Test
    void scheduledPostDatedInThePast() {
        add(post("late", "A Scheduled Post That Missed Its Date", "Text.").status(PostStatus.SCHEDULED)
                .publishedAt(Instant.parse("2026-05-31T09:00:00Z")));
        add(post("future", "A Scheduled Post Still To Come Soon", "Text.").status(PostStatus.SCHEDULED)
                .publishedAt(Instant.parse("2026-06-02T09:00:00Z")));
        assertThat(of("late")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.SCHEDULED_IN_PAST);
            assertThat(f.detail()).contains("2026-05-31");
        });
        assertThat(of("future")).isEmpty();
    }

    @Test
    void misspelledWordsInTitleAndBodyWithSuggestions() {
        add(post("typos", "A Post With A Typo In The Titel", "Line one.\n\nWe recieve `recieve` mail."));
        List<Finding> found = of("typos");
        assertThat(found).extracting(Finding::kind).containsOnly(FindingKind.SPELLING);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).detail()).startsWith("in the title: 'Titel'");
        assertThat(found.get(1).detail()).startsWith("'recieve'").contains("receive");
        assertThat(found.get(1).line()).isEqualTo(3);
        assertThat(found.get(1).column()).isEqualTo(4);
    }

    @Test
    void onlyTheNamedPostsAreChecked() {
        add(post("one", "Hi", "Text."));
        add(post("two", "Ho", "Text."));
        assertThat(check("two")).extracting(Finding::slug).containsOnly("two");
    }
}
