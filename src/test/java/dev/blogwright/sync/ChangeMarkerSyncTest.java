package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's change marker moves with every kind of edit that reaches the text form, and a sync after such an
 * edit pushes it: a sync that finds the marker where it recorded it skips reading the library, so a kind of edit
 * that did not move it would never leave this computer.
 */
class ChangeMarkerSyncTest {
    private static final String POST = "ai-chatbots-lessons";

    @TempDir
    Path dir;

    /** {@code prepare} runs (and is synced) before the marker is read; {@code edit} is the edit under test. */
    record Edit(String name, Consumer<BlogLibrary> prepare, Consumer<BlogLibrary> edit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> edits() {
        Consumer<BlogLibrary> nothing = lib -> { };
        return Stream.of(
                new Edit("post text", nothing, lib -> update(lib, p -> p.body(p.build().body() + "\nMore.\n"))),
                new Edit("title", nothing, lib -> update(lib, p -> p.title("A new title"))),
                new Edit("tag added", nothing, lib -> lib.organizer().addTag(List.of(id(lib)), "brand-new-tag")),
                new Edit("tag removed", lib -> lib.organizer().addTag(List.of(id(lib)), "short-lived"),
                        lib -> lib.organizer().removeTag(List.of(id(lib)), "short-lived")),
                new Edit("category renamed", lib -> lib.organizer().setCategory(List.of(id(lib)),
                        lib.taxonomy().categoryNamed("Notes").id()), lib -> {
                            Category c = lib.taxonomy().findCategory("Notes").orElseThrow();
                            lib.taxonomy().updateCategory(new Category(c.id(), "Field notes", "", c.description(),
                                    c.colour(), c.position(), c.parentId()));
                        }),
                new Edit("setting changed", nothing,
                        lib -> lib.settings().save(lib.settings().load().withTimeZone("Asia/Tokyo"))),
                new Edit("image added", nothing, ChangeMarkerSyncTest::addImage),
                new Edit("goal set", nothing, lib -> assertThat(lib.goals().set(id(lib), "1500")).isEmpty()),
                new Edit("trashed", nothing, lib -> lib.organizer().trash(List.of(id(lib)))),
                new Edit("restored", lib -> lib.organizer().trash(List.of(id(lib))),
                        lib -> lib.organizer().restore(List.of(id(lib)))),
                new Edit("page parent", lib -> {
                    lib.posts().create(Post.draft("Company", "We make tools.").kind(PostKind.PAGE).build());
                    lib.posts().create(Post.draft("About", "Who we are.").kind(PostKind.PAGE).build());
                }, lib -> {
                    Post about = lib.posts().findBySlug("about").orElseThrow();
                    long company = lib.posts().findBySlug("company").orElseThrow().id();
                    lib.posts().save(about.toBuilder().parentId(company).build(), true);
                })).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void theEditMovesTheMarkerAndTheNextSyncPushesIt(Edit edit) throws Exception {
        SyncTestKit kit = SyncTestKit.sharingTheSample(dir);
        kit.with("laptop", edit.prepare());
        kit.sync("laptop");
        kit.sync("desktop");
        Map<String, String> before = text(kit, "desktop");
        assertThat(text(kit, "laptop")).isEqualTo(before);
        long[] marker = new long[2];
        kit.with("laptop", lib -> {
            marker[0] = LibraryTexts.of(lib).sync().changeCount();
            edit.edit().accept(lib);
            marker[1] = LibraryTexts.of(lib).sync().changeCount();
        });
        assertThat(marker[1]).as(edit.name()).isGreaterThan(marker[0]);
        assertThat(kit.sync("laptop").pushed()).as(edit.name()).isPositive();
        assertThat(kit.sync("desktop").pulled()).as(edit.name()).isPositive();
        Map<String, String> after = text(kit, "desktop");
        assertThat(after).as(edit.name()).isNotEqualTo(before).isEqualTo(text(kit, "laptop"));
    }

    private static void update(BlogLibrary lib, java.util.function.UnaryOperator<Post.Builder> change) {
        Post p = lib.posts().findBySlug(POST).orElseThrow();
        lib.posts().save(change.apply(p.toBuilder()).build(), true);
    }

    private static long id(BlogLibrary lib) {
        return lib.posts().findBySlug(POST).orElseThrow().id();
    }

    private static void addImage(BlogLibrary lib) {
        try {
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0x336699);
            Path file = lib.file().resolveSibling("new-image.png");
            ImageIO.write(image, "png", file.toFile());
            lib.assets().add(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> text(SyncTestKit kit, String name) throws IOException {
        Map<String, String> out = new TreeMap<>();
        kit.text(name).forEach((path, bytes) -> out.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        return out;
    }
}
