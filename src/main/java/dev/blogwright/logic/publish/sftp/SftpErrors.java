package dev.blogwright.logic.publish.sftp;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import org.apache.sshd.common.SshException;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/** One line for the user from an SFTP status, naming what was being done. */
final class SftpErrors {
    private SftpErrors() {
    }

    static boolean isMissing(Throwable e) {
        return e instanceof SftpException s && (s.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE
                || s.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH);
    }

    /** @param doing what failed, e.g. "upload posts/a.html" */
    static PublishException of(Throwable e, String doing) {
        if (e instanceof PublishException p) {
            return p;
        }
        if (e instanceof SftpException s) {
            return switch (s.getStatus()) {
                case SftpConstants.SSH_FX_PERMISSION_DENIED, SftpConstants.SSH_FX_WRITE_PROTECT ->
                        new PublishException(Problem.PERMISSION, "Permission denied: cannot " + doing, e);
                case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH ->
                        new PublishException(Problem.NOT_FOUND, "Not found on the server: cannot " + doing, e);
                case SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM, SftpConstants.SSH_FX_QUOTA_EXCEEDED ->
                        new PublishException(Problem.QUOTA, "The server's disk is full or over quota: cannot "
                                + doing, e);
                default -> new PublishException(Problem.OTHER, "The server refused to " + doing + ": "
                        + s.getMessage(), e);
            };
        }
        if (e instanceof SshException || e.getMessage() != null && e.getMessage().contains("closed")) {
            return new PublishException(Problem.UNREACHABLE, "Lost the connection while trying to " + doing, e);
        }
        return new PublishException(Problem.OTHER, "Cannot " + doing + ": " + e.getMessage(), e);
    }

    /**
     * A failed write: OpenSSH speaks SFTP version 3, which has no "disk full" status and answers a write to a full
     * disk with a bare SSH_FX_FAILURE; nothing else fails a write to a file just opened for writing.
     */
    static PublishException ofWrite(Throwable e, String doing) {
        if (e instanceof SftpException s && s.getStatus() == SftpConstants.SSH_FX_FAILURE) {
            return new PublishException(Problem.QUOTA, "The server could not store the file (disk full or over "
                    + "quota?): cannot " + doing, e);
        }
        return of(e, doing);
    }
}
