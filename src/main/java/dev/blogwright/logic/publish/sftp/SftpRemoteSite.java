package dev.blogwright.logic.publish.sftp;

import dev.blogwright.logic.publish.DeployManifest;
import dev.blogwright.logic.publish.Digest;
import dev.blogwright.logic.publish.ParallelUploads;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.Upload;
import dev.blogwright.logic.publish.UploadHints;
import dev.blogwright.logic.publish.UploadListener;
import dev.blogwright.logic.publish.ssh.SshConnector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A folder on an SFTP server. File sizes only: SFTP version 3 (OpenSSH) offers no content hash. */
final class SftpRemoteSite implements RemoteSite {
    private static final Logger LOG = LoggerFactory.getLogger(SftpRemoteSite.class);
    /** Our temporary upload names, {@code .index.html.bw-1a2b3c4d.tmp}: hidden from list, removed by finish. */
    private static final Pattern TEMPORARY = Pattern.compile("^\\..+\\.bw-[0-9a-f]{8}\\.tmp$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SshConnector.Connection connection;
    private final SftpClient sftp;
    private final String root;
    private final String host;
    /** SFTP channels besides {@link #sftp} that batches of uploads use at once (OpenSSH allows 10 by default). */
    static final int CHANNELS = 4;

    private final Set<String> knownFolders = ConcurrentHashMap.newKeySet();
    private final List<SftpClient> extra = new ArrayList<>();
    private final List<String> leftoverTemporaries = new ArrayList<>();
    private final OpenSSHPosixRenameExtension posixRename;

    SftpRemoteSite(SshConnector.Connection connection, SftpClient sftp, String root, String host) {
        this.connection = connection;
        this.sftp = sftp;
        this.root = root;
        this.host = host;
        OpenSSHPosixRenameExtension rename = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        this.posixRename = rename != null && rename.isSupported() ? rename : null;
    }

    /** The root must be a folder or not exist yet (it is made on the first upload). */
    void checkRoot() throws IOException {
        try {
            SftpClient.Attributes attributes = sftp.stat(root);
            if (!attributes.isDirectory()) {
                throw new PublishException(Problem.NOT_FOUND, root + " on " + host + " is a file, not a folder",
                        null);
            }
            knownFolders.add(root);
        } catch (IOException e) {
            if (!SftpErrors.isMissing(e)) {
                throw SftpErrors.of(e, "read the folder " + root);
            }
        }
    }

    @Override
    public Digest digest() {
        return Digest.NONE;
    }

    @Override
    public List<RemoteFile> list() throws IOException {
        List<RemoteFile> files = new ArrayList<>();
        leftoverTemporaries.clear();
        try {
            walk(root, "", files);
        } catch (IOException e) {
            if (!SftpErrors.isMissing(e)) {
                throw SftpErrors.of(e, "list " + root);
            }
        }
        return files;
    }

    private void walk(String folder, String prefix, List<RemoteFile> files) throws IOException {
        List<SftpClient.DirEntry> entries = new ArrayList<>();
        try (SftpClient.CloseableHandle handle = sftp.openDir(folder)) {
            for (List<SftpClient.DirEntry> batch; (batch = sftp.readDir(handle)) != null; ) {
                entries.addAll(batch);
            }
        }
        for (SftpClient.DirEntry entry : entries) {
            String name = entry.getFilename();
            if (name.equals(".") || name.equals("..")) {
                continue;
            }
            SftpClient.Attributes a = entry.getAttributes();
            if (a.isDirectory()) {
                walk(child(folder, name), prefix + name + "/", files);
            } else if (TEMPORARY.matcher(name).matches()) {
                leftoverTemporaries.add(child(folder, name));
            } else if (a.isRegularFile()) {
                files.add(new RemoteFile(prefix + name, a.getSize(), null));
            }
        }
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try (InputStream in = sftp.read(absolute(path))) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            if (SftpErrors.isMissing(e)) {
                return Optional.empty();
            }
            throw SftpErrors.of(e, "read " + path);
        }
    }

    @Override
    public void upload(String path, Path source, UploadHints hints) throws IOException {
        upload(sftp, path, source);
    }

    /**
     * Sends a batch over several SFTP channels of the one connection, each with its own thread: a file costs a few
     * round trips (open, write, close, rename), which then overlap as rsync's pipeline does.
     */
    @Override
    public void uploadAll(List<Upload> batch, UploadListener listener) throws IOException {
        List<ParallelUploads.Sender> senders = new ArrayList<>();
        senders.add(file -> upload(sftp, file.path(), file.source()));
        for (SftpClient extra : extraChannels(Math.min(batch.size(), CHANNELS) - 1)) {
            senders.add(file -> upload(extra, file.path(), file.source()));
        }
        ParallelUploads.run(batch, senders, listener);
    }

    /** Opens the extra channels a batch can use, once per deploy; a server that allows fewer gets fewer. */
    private List<SftpClient> extraChannels(int wanted) {
        while (extra.size() < wanted) {
            try {
                extra.add(SftpClientFactory.instance().createSftpClient(connection.session()));
            } catch (IOException e) {
                LOG.debug("The server {} allows no further SFTP channel; sending over {}", host, extra.size() + 1, e);
                break;
            }
        }
        return extra.subList(0, Math.min(wanted, extra.size()));
    }

    private void upload(SftpClient client, String path, Path source) throws IOException {
        String target = absolute(path);
        int slash = target.lastIndexOf('/');
        String folder = target.substring(0, slash);
        if (path.equals(DeployManifest.PENDING)) {
            // The cut-off marker is written in place: what counts is that it exists, and one killed half-written
            // still does. Through a temporary name, a deploy killed before the rename left a hidden file that the
            // next deploy, finding no marker and so trusting the manifest, never listed and never removed.
            makeFolders(client, folder, path);
            try (OutputStream out = client.write(target)) {
                Files.copy(source, out);
            } catch (IOException e) {
                throw SftpErrors.ofWrite(e, "upload " + path);
            }
            return;
        }
        String temporary = folder + "/." + target.substring(slash + 1) + ".bw-"
                + HexFormat.of().toHexDigits(RANDOM.nextInt()) + ".tmp";
        makeFolders(client, folder, path);
        try (OutputStream out = client.write(temporary)) {
            Files.copy(source, out);
        } catch (IOException e) {
            removeQuietly(client, temporary);
            throw SftpErrors.ofWrite(e, "upload " + path);
        }
        try {
            renameOver(client, temporary, target);
        } catch (IOException e) {
            removeQuietly(client, temporary);
            throw SftpErrors.of(e, "replace " + path);
        }
    }

    /**
     * Renames the upload over the file. OpenSSH's posix-rename replaces in one step; plain SFTP v3 rename refuses an
     * existing target, so without the extension the old file is removed first (a moment without the file).
     */
    private void renameOver(SftpClient client, String temporary, String target) throws IOException {
        OpenSSHPosixRenameExtension rename = client == sftp ? posixRename
                : posixRename == null ? null : client.getExtension(OpenSSHPosixRenameExtension.class);
        if (rename != null) {
            rename.posixRename(temporary, target);
            return;
        }
        try {
            client.rename(temporary, target);
        } catch (IOException refused) {
            if (!exists(client, target)) {
                throw refused; // not the "target exists" refusal: removing the live file would not help
            }
            removeIfPresent(client, target);
            client.rename(temporary, target);
        }
    }

    private void makeFolders(SftpClient client, String folder, String forPath) throws IOException {
        if (knownFolders.contains(folder) || folder.isEmpty()) {
            return;
        }
        try {
            if (client.stat(folder).isDirectory()) {
                knownFolders.add(folder);
                return;
            }
        } catch (IOException e) {
            if (!SftpErrors.isMissing(e)) {
                throw SftpErrors.of(e, "upload " + forPath);
            }
        }
        int slash = folder.lastIndexOf('/');
        if (slash > 0) {
            makeFolders(client, folder.substring(0, slash), forPath);
        }
        try {
            client.mkdir(folder);
        } catch (IOException e) {
            boolean madeMeanwhile;
            try {
                madeMeanwhile = client.stat(folder).isDirectory();
            } catch (IOException notThere) {
                madeMeanwhile = false;
            }
            if (!madeMeanwhile) {
                throw SftpErrors.of(e, "create the folder " + folder + " for " + forPath);
            }
        }
        knownFolders.add(folder);
    }

    @Override
    public void delete(String path) throws IOException {
        String target = absolute(path);
        try {
            if (!removeIfPresent(sftp, target)) {
                return;
            }
        } catch (IOException e) {
            throw SftpErrors.of(e, "delete " + path);
        }
        // Folders the site no longer uses go too; rmdir refuses a folder that still holds anything, which ends it.
        for (String folder = parentOf(target); folder != null && !folder.equals(root); folder = parentOf(folder)) {
            try {
                sftp.rmdir(folder);
                knownFolders.remove(folder);
            } catch (IOException notEmpty) {
                break;
            }
        }
    }

    @Override
    public void finish(String summary) {
        for (String leftover : leftoverTemporaries) {
            removeQuietly(sftp, leftover);
        }
        leftoverTemporaries.clear();
    }

    private static boolean removeIfPresent(SftpClient client, String file) throws IOException {
        try {
            client.remove(file);
            return true;
        } catch (IOException e) {
            if (SftpErrors.isMissing(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean exists(SftpClient client, String file) {
        try {
            client.lstat(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void removeQuietly(SftpClient client, String file) {
        try {
            removeIfPresent(client, file);
        } catch (IOException e) {
            LOG.warn("Cannot remove the temporary file {} on {}", file, host, e);
        }
    }

    private String parentOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash <= 0 || !file.startsWith(child(root, "")) ? null : file.substring(0, slash);
    }

    private String absolute(String path) {
        return child(root, path);
    }

    private static String child(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    @Override
    public void close() throws IOException {
        try {
            for (SftpClient channel : extra) {
                channel.close();
            }
            sftp.close();
        } finally {
            connection.close();
        }
    }
}
