package dev.blogwright.logic.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The standard targets, each opened site recording what a deploy sends and deletes, in order. */
public final class RecordingSites {
    public final List<String> uploads = new ArrayList<>();
    public final List<String> deletes = new ArrayList<>();
    public final List<String> finished = new ArrayList<>();

    public RemoteSites sites() {
        RemoteSites real = RemoteSites.standard();
        return new RemoteSites(List.of(new RemoteSiteFactory() {
            @Override
            public Set<String> schemes() {
                return real.schemes();
            }

            @Override
            public RemoteSite open(TargetUrl url, TargetAccess access) throws IOException {
                return wrap(real.open(url, access));
            }
        }));
    }

    /** One target's factory, set up for a test server, its opened sites recording as {@link #sites()} does. */
    public RemoteSites sites(RemoteSiteFactory real) {
        return new RemoteSites(List.of(new RemoteSiteFactory() {
            @Override
            public Set<String> schemes() {
                return real.schemes();
            }

            @Override
            public boolean claims(TargetUrl url) {
                return real.claims(url);
            }

            @Override
            public boolean accepts(TargetUrl url) {
                return real.accepts(url);
            }

            @Override
            public RemoteSite open(TargetUrl url, TargetAccess access) throws IOException {
                return wrap(real.open(url, access));
            }
        }));
    }

    public void clear() {
        uploads.clear();
        deletes.clear();
        finished.clear();
    }

    /** The uploads that are files of the site, without the deploy's own bookkeeping. */
    public List<String> siteUploads() {
        return uploads.stream().filter(p -> !SitePaths.isDeployFile(p)).toList();
    }

    public List<String> siteDeletes() {
        return deletes.stream().filter(p -> !SitePaths.isDeployFile(p)).toList();
    }

    public RemoteSite wrap(RemoteSite site) {
        return new RemoteSite() {
            @Override
            public Digest digest() {
                return site.digest();
            }

            @Override
            public List<RemoteFile> list() throws IOException {
                return site.list();
            }

            @Override
            public Optional<byte[]> read(String path) throws IOException {
                return site.read(path);
            }

            @Override
            public void upload(String path, Path source, UploadHints hints) throws IOException {
                site.upload(path, source, hints);
                uploads.add(path);
            }

            @Override
            public void delete(String path) throws IOException {
                site.delete(path);
                deletes.add(path);
            }

            @Override
            public void finish(String summary) throws IOException {
                site.finish(summary);
                finished.add(summary);
            }

            @Override
            public void close() throws IOException {
                site.close();
            }
        };
    }
}
