package dev.blogwright.hardening;

import dev.blogwright.logic.publish.Digest;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.Upload;
import dev.blogwright.logic.publish.UploadHints;
import dev.blogwright.logic.publish.UploadListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A target whose uploads and deletes each take a while, like a remote one. */
final class SlowSite implements RemoteSite {
    private final RemoteSite site;
    private final long delayMs;

    SlowSite(RemoteSite site, long delayMs) {
        this.site = site;
        this.delayMs = delayMs;
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

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
        pause();
        site.upload(path, source, hints);
    }

    /** The target's own batch upload (several files at once where it can), each file waiting first. */
    @Override
    public void uploadAll(List<Upload> batch, UploadListener listener) throws IOException {
        site.uploadAll(batch, new UploadListener() {
            @Override
            public void starting(Upload file) throws IOException {
                listener.starting(file);
                pause();
            }

            @Override
            public void uploaded(Upload file) {
                listener.uploaded(file);
            }
        });
    }

    @Override
    public void delete(String path) throws IOException {
        pause();
        site.delete(path);
    }

    @Override
    public void finish(String summary) throws IOException {
        site.finish(summary);
    }

    @Override
    public void close() throws IOException {
        site.close();
    }
}
