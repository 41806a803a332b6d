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
 * Opens {@code ftp://user@host:port/path} and {@code ftps://…} (explicit TLS on the same port, 21 by default; with
 * {@code ?tls=implicit}, TLS from the first byte, port 990 by default, for the older servers that only offer that). The
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
        boolean tls = url.scheme().equals("ftps");
        boolean implicit = implicit(url, tls);
        FtpConnection.Settings settings = new FtpConnection.Settings(url.host(), url.portOr(implicit ? 990 : 21),
                user, password, tls, implicit, access.trustedHostKey());
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

    /** Whether {@code ?tls=} asks for implicit TLS; only an {@code ftps://} target has a say. */
    private static boolean implicit(TargetUrl url, boolean tls) {
        String mode = url.query().get("tls");
        if (mode == null || mode.equals("explicit")) {
            return false;
        }
        if (!mode.equals("implicit") || !tls) {
            throw new IllegalArgumentException("tls= takes implicit or explicit, on an ftps:// target");
        }
        return true;
    }
}
