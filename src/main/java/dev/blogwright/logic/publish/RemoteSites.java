package dev.blogwright.logic.publish;

import dev.blogwright.logic.publish.file.FileRemoteSiteFactory;
import dev.blogwright.logic.publish.ftp.FtpRemoteSiteFactory;
import dev.blogwright.logic.publish.git.GitRemoteSiteFactory;
import dev.blogwright.logic.publish.s3.S3RemoteSiteFactory;
import dev.blogwright.logic.publish.sftp.SftpRemoteSiteFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every kind of target the product deploys to, found by the URL's scheme. */
public final class RemoteSites {
    private final List<RemoteSiteFactory> factories;

    public RemoteSites(List<RemoteSiteFactory> factories) {
        this.factories = List.copyOf(factories);
    }

    /** The targets the product ships with. Each target's package adds its factory here, one line each. */
    public static RemoteSites standard() {
        List<RemoteSiteFactory> all = new ArrayList<>();
        all.add(new FileRemoteSiteFactory());
        all.add(new S3RemoteSiteFactory());
        all.add(new FtpRemoteSiteFactory());
        all.add(new SftpRemoteSiteFactory());
        all.add(new GitRemoteSiteFactory());
        return new RemoteSites(all);
    }

    public RemoteSite open(TargetUrl url, TargetAccess access) throws IOException {
        return factoryFor(url).open(url, access);
    }

    public RemoteSiteFactory factoryFor(TargetUrl url) {
        for (RemoteSiteFactory f : factories) {
            if (f.claims(url)) {
                return f;
            }
        }
        for (RemoteSiteFactory f : factories) {
            if (f.accepts(url)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Cannot deploy to " + url.scheme() + "://; known: " + schemes());
    }

    public Set<String> schemes() {
        Set<String> all = new TreeSet<>();
        factories.forEach(f -> all.addAll(f.schemes()));
        return all;
    }
}
