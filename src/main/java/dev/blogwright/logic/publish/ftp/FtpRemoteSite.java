package dev.blogwright.logic.publish.ftp;

import dev.blogwright.logic.publish.Digest;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.UploadHints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.net.ftp.FTPClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files under one folder of an FTP(S) server. Each upload goes to a hidden name beside its file and is renamed
 * over it, so a visitor never gets half a page; each operation is tried once more on a fresh connection when the
 * server dropped the old one (idle timeouts between a slow export and the upload are common on shared hosts).
 */
final class FtpRemoteSite implements RemoteSite {
    private static final Logger LOG = LoggerFactory.getLogger(FtpRemoteSite.class);

    /** One exchange with the server; it throws PublishException for a refusal, IOException for a lost line. */
    private interface Exchange<T> {
        T run(FTPClient c) throws IOException;
    }

    private final FtpConnection connection;
    private final FtpErrors errors;
    private final FtpLister lister;
    private final String root;
    /** Folders known to exist, so a deploy of a thousand pages does not ask a thousand times. */
    private final Set<String> folders = new HashSet<>();

    /** @param root absolute folder, no trailing slash, "" for the server's top */
    FtpRemoteSite(FtpConnection connection, FtpErrors errors, FtpLister lister, String root) {
        this.connection = connection;
        this.errors = errors;
        this.lister = lister;
        this.root = root;
    }

    @Override
    public Digest digest() {
        return Digest.NONE;
    }

    @Override
    public List<RemoteFile> list() throws IOException {
        return exchange("listing", c -> lister.list(c, root));
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        String file = FtpPaths.join(root, path);
        return exchange("download of " + path, c -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (c.retrieveFile(file, out)) {
                return Optional.of(out.toByteArray());
            }
            int code = c.getReplyCode();
            if (code == 550 || code == 450) {
                return Optional.empty();
            }
            throw errors.reply(code, c.getReplyString(), "download of " + path);
        });
    }

    @Override
    public void upload(String path, Path source, UploadHints hints) throws IOException {
        String file = FtpPaths.join(root, path);
        String part = FtpPaths.partFile(file);
        String action = "upload of " + path;
        // A local file that cannot be read is no dropped connection: fail here, before the retry logic sees it.
        if (!Files.isReadable(source)) {
            throw new NoSuchFileException(source.toString(), null, "cannot read the exported file to upload");
        }
        exchange(action, c -> {
            makeFolders(c, FtpPaths.parent(file), action);
            try (InputStream in = Files.newInputStream(source)) {
                if (!c.storeFile(part, in)) {
                    PublishException refused = errors.reply(c.getReplyCode(), c.getReplyString(), action);
                    c.deleteFile(part);
                    throw refused;
                }
            }
            if (!c.rename(part, file)) {
                // Some servers (Apache FtpServer among them) will not rename over an existing file. Removing it first
                // left the page missing for a round trip, and a deploy cut off there left links to nothing; writing
                // it in place keeps it there throughout (whole again when the transfer ends), then the copy goes.
                try (InputStream in = Files.newInputStream(source)) {
                    if (!c.storeFile(file, in)) {
                        PublishException refused = errors.reply(c.getReplyCode(), c.getReplyString(), action);
                        c.deleteFile(part);
                        throw refused;
                    }
                }
                c.deleteFile(part);
            }
            return null;
        });
    }

    private void makeFolders(FTPClient c, String folder, String action) throws IOException {
        if (folder.isEmpty() || folders.contains(folder)) {
            return;
        }
        if (c.changeWorkingDirectory(folder)) {
            folders.add(folder);
            return;
        }
        makeFolders(c, FtpPaths.parent(folder), action);
        if (!c.makeDirectory(folder) && !c.changeWorkingDirectory(folder)) {
            throw errors.reply(c.getReplyCode(), c.getReplyString(), action + ": creating folder " + folder);
        }
        folders.add(folder);
    }

    @Override
    public void delete(String path) throws IOException {
        String file = FtpPaths.join(root, path);
        exchange("delete of " + path, c -> {
            if (c.deleteFile(file)) {
                removeEmptyFolders(c, FtpPaths.parent(file));
                return null;
            }
            int code = c.getReplyCode();
            String reply = c.getReplyString();
            if ((code == 550 || code == 450) && !exists(c, file)) {
                return null;
            }
            throw errors.reply(code, reply, "delete of " + path);
        });
    }

    private boolean exists(FTPClient c, String file) throws IOException {
        if (c.hasFeature("MLST")) {
            return c.mlistFile(file) != null;
        }
        if (!c.changeWorkingDirectory(FtpPaths.parent(file).isEmpty() ? "/" : FtpPaths.parent(file))) {
            return false;
        }
        String name = FtpPaths.name(file);
        for (var e : c.listFiles()) {
            if (name.equals(e.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Removes folders the delete left empty, up to the root; a folder with anything left in it stays. */
    private void removeEmptyFolders(FTPClient c, String folder) throws IOException {
        for (String f = folder; f.length() > root.length() && f.startsWith(root + "/"); f = FtpPaths.parent(f)) {
            if (!c.removeDirectory(f)) {
                return;
            }
            folders.remove(f);
        }
    }

    private <T> T exchange(String action, Exchange<T> exchange) throws IOException {
        try {
            return exchange.run(connection.client());
        } catch (PublishException e) {
            throw e;
        } catch (IOException dropped) {
            LOG.info("FTP connection lost during {}; connecting once more", action, dropped);
        }
        folders.clear();
        try {
            return exchange.run(connection.reconnect());
        } catch (PublishException e) {
            throw e;
        } catch (IOException e) {
            throw errors.io(e, action);
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
