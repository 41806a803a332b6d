package dev.blogwright.logic.publish.ftp;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import java.io.IOException;
import java.util.Set;
import org.apache.commons.net.ftp.FTPClient;

/**
 * Opens {@code ftp://user@host:port/path} and {@code ftps://…} (explicit TLS on the same port, 21 by default). The
 * path is read as curl reads it: relative to the login folder, absolute when written {@code /%2Fvar/www}. The
 * password comes from the target's access; an FTPS certificate no authority signed is trusted once its fingerprint
 * is the target's accepted {@link TargetAccess#trustedHostKey()}.
 */
public final class FtpRemoteSiteFactory implements RemoteSiteFactory {
    private final boolean allowMlsd;

    public FtpRemoteSiteFactory() {
        this(true);
    }

    /** @param allowMlsd false to list with LIST even where the server offers MLSD */
    FtpRemoteSiteFactory(boolean allowMlsd) {
        this.allowMlsd = allowMlsd;
    }

    @Override
    public Set<String> schemes() {
        return Set.of("ftp", "ftps");
    }

    @Override
    public RemoteSite open(TargetUrl url, TargetAccess access) throws IOException {
        if (url.host() == null || url.host().isBlank()) {
            throw new IllegalArgumentException("An FTP target needs a host: " + url.scheme() + "://user@host/path");
        }
        String user = url.user() == null ? "anonymous" : url.user();
        char[] password = access.password() == null ? new char[0] : access.password();
        FtpConnection.Settings settings = new FtpConnection.Settings(url.host(), url.portOr(21), user, password,
                url.scheme().equals("ftps"), access.trustedHostKey());
        FtpErrors errors = new FtpErrors(settings.server());
        FtpConnection connection = new FtpConnection(settings, errors);
        try {
            FTPClient c = connection.client();
            String login = c.printWorkingDirectory();
            if (login == null) {
                throw errors.reply(c.getReplyCode(), c.getReplyString(), "telling its login folder");
            }
            return new FtpRemoteSite(connection, errors, new FtpLister(errors, allowMlsd),
                    FtpPaths.root(url.path(), login));
        } catch (PublishException e) {
            connection.close();
            throw e;
        } catch (IOException e) {
            connection.close();
            throw errors.io(e, "connection");
        }
    }
}
