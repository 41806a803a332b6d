package dev.blogwright.logic.export.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.blogwright.logic.export.output.JsonOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest written from the previous one (keys already in order, unchanged entries already encoded) must be the
 * very bytes of one written from nothing, and its file list what Jackson writes.
 */
class ManifestTest {
    @TempDir
    Path dir;

    private final Random random = new Random(7);

    @Test
    void aManifestWrittenFromThePreviousOneIsByteForByteOneWrittenFromNothing() throws IOException {
        Manifest previous = Manifest.empty();
        Manifest state = randomManifest(300);
        for (int round = 0; round < 12; round++) {
            Path fromPrevious = dir.resolve("chain-" + round);
            Path fromNothing = dir.resolve("fresh-" + round);
            Files.createDirectories(fromPrevious);
            Files.createDirectories(fromNothing);
            state.write(fromPrevious, previous);
            copy(state).write(fromNothing, Manifest.empty());
            assertSameFiles(fromNothing, fromPrevious);
            assertArrayEquals(jacksonFileList(state.files), Files.readAllBytes(fromPrevious.resolve(Manifest.FILE)));
            // Every other round the next export starts from the manifest read back from disk, as a new process does.
            previous = round % 2 == 0 ? state : Manifest.read(fromPrevious);
            assertEquals(state.files, Manifest.read(fromPrevious).files);
            assertEquals(state.pages, Manifest.read(fromPrevious).pages);
            assertEquals(state.renders, Manifest.read(fromPrevious).renders);
            assertEquals(state.fragments, Manifest.read(fromPrevious).fragments);
            state = mutate(state);
        }
    }

    @Test
    void aHandEditedManifestOutOfOrderIsWrittenSortedAgain() throws IOException {
        Path edited = dir.resolve("edited");
        Files.createDirectories(edited);
        Files.writeString(edited.resolve(Manifest.FILE),
                "{\"fileHash\":\"murmur3-x64-128\",\"files\":{\"z.html\":\"1\",\"a.html\":\"2\"},\"version\":4}\n");
        Manifest read = Manifest.read(edited);
        Manifest next = new Manifest(new HashMap<>(Map.of("z.html", "1", "a.html", "2", "m.html", "3")),
                Map.of(), Map.of(), Map.of());
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        next.write(out, read);
        assertEquals("{\"fileHash\":\"murmur3-x64-128\",\"files\":{\"a.html\":\"2\",\"m.html\":\"3\",\"z.html\":\"1\"},"
                + "\"version\":4}\n", Files.readString(out.resolve(Manifest.FILE)));
    }

    @Test
    void pathsThatNeedEscapingAreWrittenAsJacksonWritesThem() throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String path : new String[] {"quo\"te.html", "back\\slash", "tab\tnew\nline", "bell\u0007", "é/ü.html",
            "emoji 😀", "\u2028ls", "slash/", "lone \ud800 high", "\u007f\u0080\u00ff"}) {
            files.put(path, "h" + files.size());
        }
        Manifest manifest = new Manifest(files, Map.of(), Map.of(), Map.of());
        manifest.write(dir, Manifest.empty());
        assertArrayEquals(jacksonFileList(files), Files.readAllBytes(dir.resolve(Manifest.FILE)));
        // A lone surrogate is no file name; Jackson's parser, like before, refuses it and the manifest reads empty.
        files.remove("lone \ud800 high");
        manifest = new Manifest(files, Map.of(), Map.of(), Map.of());
        manifest.write(dir, Manifest.empty());
        assertEquals(files, Manifest.read(dir).files);
    }

    /** The file list as the manifest wrote it with Jackson's generator before it encoded entries itself. */
    private static byte[] jacksonFileList(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JsonOutput.MAPPER.getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("fileHash", Manifest.FILE_HASH);
            out.writeObjectFieldStart("files");
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                out.writeStringField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
            out.writeNumberField("version", Manifest.VERSION);
            out.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String name : new String[] {Manifest.FILE, ManifestCache.FILE}) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name);
        }
    }

    private Manifest randomManifest(int size) {
        Map<String, String> files = new HashMap<>();
        Map<String, Manifest.Page> pages = new HashMap<>();
        Map<String, RenderFacts> renders = new HashMap<>();
        Map<String, String> fragments = new HashMap<>();
        for (int i = 0; i < size; i++) {
            addPost(files, pages, renders, fragments);
        }
        return new Manifest(files, pages, renders, fragments);
    }

    private void addPost(Map<String, String> files, Map<String, Manifest.Page> pages,
                         Map<String, RenderFacts> renders, Map<String, String> fragments) {
        String path = "posts/" + word() + "-" + random.nextInt(1_000_000) + "/index.html";
        files.put(path, Long.toHexString(random.nextLong()));
        pages.put(path, new Manifest.Page(Long.toHexString(random.nextLong()), random.nextInt(90_000)));
        String body = Long.toHexString(random.nextLong());
        renders.put(body, new RenderFacts("Excerpt “" + word() + "” — " + word(), random.nextInt(2_000),
                random.nextInt(3) == 0 ? Set.of("a.png", word() + ".jpg") : Set.of()));
        if (random.nextInt(10) == 0) {
            fragments.put(body, "<p>" + word() + " 😀</p>");
        }
    }

    /** The next export's manifest: mostly the same entries, some changed, some gone, some new. */
    private Manifest mutate(Manifest m) {
        Map<String, String> files = new HashMap<>(m.files);
        Map<String, Manifest.Page> pages = new HashMap<>(m.pages);
        Map<String, RenderFacts> renders = new HashMap<>(m.renders);
        Map<String, String> fragments = new HashMap<>(m.fragments);
        for (String path : files.keySet().toArray(new String[0])) {
            int dice = random.nextInt(40);
            if (dice == 0) {
                files.remove(path);
                pages.remove(path);
            } else if (dice == 1) {
                files.put(path, Long.toHexString(random.nextLong()));
                pages.put(path, new Manifest.Page(Long.toHexString(random.nextLong()), random.nextInt(90_000)));
            }
        }
        for (String body : renders.keySet().toArray(new String[0])) {
            if (random.nextInt(40) == 0) {
                renders.remove(body);
                fragments.remove(body);
            } else if (random.nextInt(40) == 0) {
                // An equal value in a new object keeps its bytes; a different one is encoded again.
                RenderFacts old = renders.get(body);
                renders.put(body, random.nextBoolean() ? new RenderFacts(old.excerpt(), old.words(), old.assets())
                        : new RenderFacts(old.excerpt() + "!", old.words() + 1, old.assets()));
            }
        }
        int added = random.nextInt(8);
        for (int i = 0; i < added; i++) {
            addPost(files, pages, renders, fragments);
        }
        return new Manifest(files, pages, renders, fragments);
    }

    private static Manifest copy(Manifest m) {
        return new Manifest(new HashMap<>(m.files), new HashMap<>(m.pages), new HashMap<>(m.renders),
                new HashMap<>(m.fragments));
    }

    private String word() {
        String[] words = {"alpha", "beta", "gamma", "zeta", "ébène", "naïve", "über", "Ωmega", "a", "zz"};
        return words[random.nextInt(words.length)];
    }
}
