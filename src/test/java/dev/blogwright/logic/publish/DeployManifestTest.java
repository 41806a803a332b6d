package dev.blogwright.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.publish.DeployManifest.Entry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The target's manifest is read by every deploy and decides what is not sent again, so what it accepts is exactly
 * what a deploy wrote, and anything else makes the deploy list the target instead (empty).
 */
class DeployManifestTest {
    private static Optional<DeployManifest> parse(String json) {
        return DeployManifest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String withFiles(String files) {
        return "{\"format\":1,\"fileHash\":\"" + LocalBundle.FILE_HASH + "\",\"files\":" + files + "}";
    }

    @Test
    void aWrittenManifestReadsBackEntryForEntry() {
        SortedMap<String, Entry> files = new TreeMap<>();
        for (int i = 0; i < 10_000; i++) {
            files.put("posts/post-" + i + "/index.html", new Entry(Integer.toHexString(i * 7919), 1000L + i));
        }
        files.put("assets/ünïcode \"quoted\".css", new Entry("abc", 5_000_000_000L));
        files.put("index.html", new Entry("def", 0));
        DeployManifest written = new DeployManifest(files);

        assertThat(DeployManifest.parse(written.toJson())).contains(written);
    }

    @Test
    void fieldOrderAndUnknownFieldsDoNotMatter() {
        Optional<DeployManifest> read = parse("{\"files\":{\"a.html\":{\"size\":3,\"extra\":[1,{\"x\":2}],\"hash\":\"h\"}},"
                + "\"note\":{\"files\":7},\"fileHash\":\"" + LocalBundle.FILE_HASH + "\",\"format\":1}");

        assertThat(read).map(DeployManifest::files).contains(new TreeMap<>(java.util.Map.of("a.html", new Entry("h", 3))));
    }

    @Test
    void anotherFormatOrHashOrNoFilesIsNotTrusted() {
        assertThat(parse("{\"format\":2,\"fileHash\":\"" + LocalBundle.FILE_HASH + "\",\"files\":{}}")).isEmpty();
        assertThat(parse("{\"format\":1,\"fileHash\":\"md5\",\"files\":{}}")).isEmpty();
        assertThat(parse("{\"format\":1,\"fileHash\":\"" + LocalBundle.FILE_HASH + "\"}")).isEmpty();
        assertThat(parse("{\"format\":1,\"fileHash\":\"" + LocalBundle.FILE_HASH + "\",\"files\":[]}")).isEmpty();
        assertThat(parse("[1,2]")).isEmpty();
        assertThat(parse("")).isEmpty();
        assertThat(parse(withFiles("{}"))).map(m -> m.files().size()).contains(0);
    }

    @Test
    void aDamagedManifestIsNotTrusted() {
        assertThat(parse(withFiles("{\"a.html\":{\"hash\":\"h\",\"size\":3}"))).isEmpty();
        assertThat(parse(withFiles("{\"a.html\":{\"hash\":\"h\",\"size\":3},}"))).isEmpty();
        assertThat(DeployManifest.parse(new byte[] {(byte) 0xff, (byte) 0xfe, 0})).isEmpty();
    }

    @Test
    void anEntryWithoutATextHashAndAWholeSizeIsNotTrusted() {
        assertThat(parse(withFiles("{\"a.html\":{\"size\":3}}"))).isEmpty();
        assertThat(parse(withFiles("{\"a.html\":{\"hash\":7,\"size\":3}}"))).isEmpty();
        assertThat(parse(withFiles("{\"a.html\":{\"hash\":\"h\",\"size\":\"3\"}}"))).isEmpty();
        assertThat(parse(withFiles("{\"a.html\":{\"hash\":\"h\",\"size\":123456789012345678901234567890}}"))).isEmpty();
        assertThat(parse(withFiles("{\"a.html\":{\"hash\":\"h\"},\"b.html\":{\"hash\":\"h\",\"size\":1}}"))).isEmpty();
        assertThat(parse(withFiles("{\"a.html\":\"h\"}"))).isEmpty();
    }

    @Test
    void aPathLeavingTheTargetIsNotTrusted() {
        for (String path : new String[] {"../../etc/passwd", "/etc/passwd", "a//b", "a/./b", "a\\\\b", "a\\u0001b"}) {
            assertThat(parse(withFiles("{\"" + path + "\":{\"hash\":\"h\",\"size\":1}}"))).as(path).isEmpty();
        }
    }
}
