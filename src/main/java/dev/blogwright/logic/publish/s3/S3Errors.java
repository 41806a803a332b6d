package dev.blogwright.logic.publish.s3;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns S3's error responses, the network's failures and the SDK's exceptions (the credentials' providers) into
 * one-line {@link PublishException}s. S3 names its errors with codes that all S3-compatible stores copy (MinIO, R2,
 * Ceph add a few of their own for a full disk), so the code decides first and the HTTP status only where a response
 * had no body (HEAD requests, a proxy's HTML page).
 */
final class S3Errors {
    private static final Set<String> CREDENTIALS = Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch",
            "InvalidToken", "ExpiredToken", "TokenRefreshRequired", "AuthorizationHeaderMalformed",
            "InvalidSecurity", "MissingSecurityHeader", "InvalidClientTokenId", "UnrecognizedClientException");
    private static final Set<String> DENIED = Set.of("AccessDenied", "AllAccessDisabled", "AccountProblem",
            "InvalidPayer", "NotSignedUp");
    private static final Set<String> FULL = Set.of("QuotaExceeded", "StorageQuotaExceeded", "XMinioStorageFull",
            "InsufficientStorage", "ServiceQuotaExceeded", "StorageFull", "CapExceeded");

    private final String bucket;
    private final String endpoint;

    /** @param endpoint how the user named the service, for messages ("AWS" or the endpoint URL) */
    S3Errors(String bucket, String endpoint) {
        this.bucket = bucket;
        this.endpoint = endpoint;
    }

    PublishException map(SdkException e, String action) {
        if (e instanceof S3Exception s3) {
            return mapService(s3, action);
        }
        Throwable network = networkCause(e);
        if (network != null) {
            return unreachable(network, e);
        }
        String message = oneLine(e.getMessage());
        if (message.contains("Unable to load credentials")) {
            return new PublishException(Problem.AUTHENTICATION, "No S3 credentials: give the target an access key, "
                    + "or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", e);
        }
        return new PublishException(Problem.OTHER, "S3 " + action + " failed: " + message, e);
    }

    private PublishException mapService(S3Exception e, String action) {
        // A HEAD response has no body and so no code.
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return map(e.statusCode(), code, message, action, e);
    }

    /** An error response of the store: its status, and the code and message of its XML body where it had one. */
    PublishException map(int status, String code, String message, String action, Throwable cause) {
        // "" for no code: Set.of(...).contains(null) would throw.
        code = code == null ? "" : code;
        String detail = code.isEmpty() ? "HTTP " + status : code;
        if (code.equals("NoSuchBucket") || (code.isEmpty() && status == 404)) {
            return new PublishException(Problem.NOT_FOUND, "The S3 bucket '" + bucket + "' does not exist at "
                    + endpoint, cause);
        }
        if (CREDENTIALS.contains(code) || status == 401) {
            return new PublishException(Problem.AUTHENTICATION, "S3 at " + endpoint + " refused the credentials ("
                    + detail + "): check the access key id and the secret key", cause);
        }
        if (FULL.contains(code) || status == 507) {
            return new PublishException(Problem.QUOTA, "The S3 bucket '" + bucket + "' is full or over its quota ("
                    + detail + ")", cause);
        }
        if (DENIED.contains(code) || status == 403) {
            return new PublishException(Problem.PERMISSION, "S3 denied " + action + " in bucket '" + bucket + "' ("
                    + detail + "): the key lacks the permission", cause);
        }
        return new PublishException(Problem.OTHER, "S3 " + action + " failed (" + detail + ")"
                + (message == null || message.isBlank() ? "" : ": " + oneLine(message)), cause);
    }

    /** A request that got no answer: the network's failures say "cannot reach", anything else keeps its line. */
    PublishException map(IOException e, String action) {
        Throwable network = networkCause(e);
        if (network != null) {
            return unreachable(network, e);
        }
        return new PublishException(Problem.OTHER, "S3 " + action + " failed: " + oneLine(String.valueOf(
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())), e);
    }

    static boolean isNetwork(Throwable e) {
        return networkCause(e) != null;
    }

    private PublishException unreachable(Throwable network, Throwable e) {
        return new PublishException(Problem.UNREACHABLE, "Cannot reach S3 at " + endpoint + ": "
                + oneLine(network.getMessage() == null ? network.getClass().getSimpleName() : network.getMessage()),
                e);
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
