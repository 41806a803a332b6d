package dev.blogwright.logic.publish.s3;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests (header form), as AWS documents it: a canonical request of the method, the
 * path as sent (S3 signs it encoded once and not normalised), the sorted query, the signed headers and the payload's
 * SHA-256. Written out because the SDK's signer only comes with the SDK's whole request pipeline, whose start was
 * most of a one-post deploy's S3 side; {@code SigV4Test} checks it against the SDK's signer.
 */
final class SigV4 {
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    /** The keys a request is signed with; {@code sessionToken} is null for long-term keys. */
    record Keys(String accessKeyId, String secretKey, String sessionToken) {
        @Override
        public String toString() {
            return "Keys[" + accessKeyId + "]";
        }
    }

    private SigV4() {
    }

    /**
     * Adds {@code x-amz-date}, {@code x-amz-content-sha256}, the session token where there is one, and
     * {@code Authorization} to {@code headers}; every header already in it is signed.
     *
     * @param headers lower-case names; must hold {@code host} as the request will send it
     * @param rawPath the path exactly as it goes on the wire (segments already percent-encoded)
     * @param query decoded names and values; encoded here in the canonical form, which is also how they are sent
     */
    static void sign(String method, String rawPath, Map<String, String> query, Map<String, String> headers,
            String payloadSha256, Keys keys, String region, Instant now) {
        String stamp = STAMP.format(now);
        String date = stamp.substring(0, 8);
        headers.put("x-amz-date", stamp);
        headers.put("x-amz-content-sha256", payloadSha256);
        if (keys.sessionToken() != null) {
            headers.put("x-amz-security-token", keys.sessionToken());
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        headers.forEach((name, value) -> sorted.put(name.toLowerCase(Locale.ROOT),
                value.strip().replaceAll(" +", " ")));
        StringBuilder canonicalHeaders = new StringBuilder();
        sorted.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
        String signedHeaders = String.join(";", sorted.keySet());
        String canonical = method + '\n' + rawPath + '\n' + canonicalQuery(query) + '\n' + canonicalHeaders + '\n'
                + signedHeaders + '\n' + payloadSha256;
        String scope = date + "/" + region + "/s3/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + stamp + '\n' + scope + '\n' + HEX.formatHex(sha256(canonical));
        byte[] key = hmac(("AWS4" + keys.secretKey()).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, "s3");
        key = hmac(key, "aws4_request");
        String signature = HEX.formatHex(hmac(key, toSign));
        headers.put("authorization", "AWS4-HMAC-SHA256 Credential=" + keys.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
    }

    /** {@code a=1&b=x%2Fy}: names sorted, names and values encoded; also the query string as sent. */
    static String canonicalQuery(Map<String, String> query) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(query).forEach((name, value) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(name, true)).append('=').append(encode(value == null ? "" : value, true));
        });
        return out.toString();
    }

    /** RFC 3986 percent-encoding of all but the unreserved characters; {@code /} kept unless {@code slash}. */
    static String encode(String text, boolean slash) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '/' && !slash) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    static byte[] sha256(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
