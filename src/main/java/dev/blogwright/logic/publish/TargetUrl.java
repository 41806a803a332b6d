package dev.blogwright.logic.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deploy target's address, as the user writes it: {@code sftp://user@host:port/path},
 * {@code s3://bucket/prefix?endpoint=URL&region=R&path-style=true}, {@code git+ssh://user@host:port/repo.git#branch},
 * {@code file:///path/repo.git#branch}, {@code ftp://user@host/path}, {@code ftps://…}, {@code file:///path}.
 * Never carries a password: a URL with one is refused, because URLs end up in logs and shell histories.
 *
 * @param scheme lower case
 * @param user the user name, or null
 * @param host the host (for {@code s3://} the bucket), or null for {@code file:}
 * @param port the port, or -1 for the scheme's default
 * @param path the decoded path, "" when absent
 * @param query decoded query parameters in the order written
 * @param fragment the decoded fragment (a Git branch), or null
 */
public record TargetUrl(String scheme, String user, String host, int port, String path, Map<String, String> query,
        String fragment) {

    public TargetUrl {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** Parses a target URL, or throws {@link IllegalArgumentException} with a message fit for the user. */
    public static TargetUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a target URL: " + text + " (" + e.getReason() + ")");
        }
        if (uri.getScheme() == null) {
            throw new IllegalArgumentException("A target URL needs a scheme (sftp://, s3://, git+ssh://, ftp://, "
                    + "file://): " + text);
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new IllegalArgumentException("Put no password in a target URL; use --password-env VAR or the "
                    + "keyring");
        }
        String user = userInfo == null ? null : decode(userInfo);
        Map<String, String> query = new LinkedHashMap<>();
        String rawQuery = uri.getRawQuery();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new TargetUrl(uri.getScheme().toLowerCase(Locale.ROOT), user, uri.getHost(), uri.getPort(),
                uri.getPath() == null ? "" : uri.getPath(), query, uri.getFragment());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The port, or the given default when the URL names none. */
    public int portOr(int defaultPort) {
        return port < 0 ? defaultPort : port;
    }
}
