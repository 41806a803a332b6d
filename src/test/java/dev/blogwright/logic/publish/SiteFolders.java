package dev.blogwright.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Compares a deployed folder with the export it came from. */
public final class SiteFolders {
    private SiteFolders() {
    }

    /** Every file under {@code root} by relative path with {@code /}, with its bytes' hash. */
    public static SortedMap<String, String> files(Path root) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    out.put(root.relativize(p).toString().replace('\\', '/'), Digest.MD5.of(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return out;
    }

    /** The export's files by path and hash, as its manifest names them. */
    public static SortedMap<String, String> exportHashes(Path bundle) throws IOException {
        return new TreeMap<>(LocalBundle.read(bundle).hashes());
    }

    /** The files whose hash differs between two manifests, or that are new in {@code after}. */
    public static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> out = new TreeSet<>();
        after.forEach((path, hash) -> {
            if (!hash.equals(before.get(path))) {
                out.add(path);
            }
        });
        return out;
    }

    /** The target holds exactly the export's files, byte for byte, plus the deploy manifest and {@code extra}. */
    public static void assertDeployed(Path bundle, Path target, String... extra) throws IOException {
        SortedMap<String, String> remote = files(target);
        assertThat(remote).containsKey(DeployManifest.FILE);
        remote.remove(DeployManifest.FILE);
        for (String e : extra) {
            remote.remove(e);
        }
        SortedMap<String, String> local = new TreeMap<>();
        for (String path : LocalBundle.read(bundle).hashes().keySet()) {
            local.put(path, Digest.MD5.of(bundle.resolve(path)));
        }
        assertThat(remote).isEqualTo(local);
    }
}
