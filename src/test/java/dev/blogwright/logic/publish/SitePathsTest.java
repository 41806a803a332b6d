package dev.blogwright.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass path check says what the plain rules say, on hand-picked and on random paths. */
class SitePathsTest {
    /** The rules as written: relative, no empty, "." or ".." segment, no backslash, no control character. */
    private static boolean byTheRules(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    @Test
    void handPickedPaths() {
        for (String safe : new String[] {"index.html", "posts/a/index.html", "...", "a/.../b", ".well-known/x",
                "a/..b/c", "ünï code/é.html", "a.b/c..d"}) {
            assertThat(SitePaths.isSafe(safe)).as(safe).isTrue();
        }
        for (String unsafe : new String[] {"", "/", "/etc/passwd", "../x", "a/../b", "a/..", "..", ".", "./a", "a/.",
                "a//b", "a/", "a\\b", "a\u0001b", "a\u007fb", "a\nb", "a/\tb"}) {
            assertThat(SitePaths.isSafe(unsafe)).as(unsafe).isFalse();
        }
        assertThat(SitePaths.isSafe(null)).isFalse();
    }

    @Test
    void randomPathsOfTheTrickyCharactersAgreeWithTheRules() {
        char[] alphabet = {'a', 'b', '.', '/', '\\', '\u0000', '\u001f', '\u007f', 'é', ' '};
        Random random = new Random(18);
        int unsafe = 0;
        for (int n = 0; n < 200_000; n++) {
            char[] path = new char[random.nextInt(9)];
            for (int i = 0; i < path.length; i++) {
                path[i] = alphabet[random.nextInt(random.nextBoolean() ? 4 : alphabet.length)];
            }
            String p = new String(path);
            boolean expected = byTheRules(p);
            unsafe += expected ? 0 : 1;
            assertThat(SitePaths.isSafe(p)).as("'%s'", p).isEqualTo(expected);
        }
        // Both kinds were tried, many times each.
        assertThat(unsafe).isBetween(20_000, 180_000);
    }
}
