package dev.blogwright.logic.publish.ftp;

import dev.blogwright.logic.publish.RemoteFile;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists a folder tree with sizes, one folder at a time from a work queue, so neither the number of files nor the
 * depth has a limit (Publii's FTP sync gives up at 12,000 files). MLSD where the server offers it: its facts are
 * machine-readable; LIST's text is parsed by Commons Net otherwise.
 */
final class FtpLister {
    private static final Logger LOG = LoggerFactory.getLogger(FtpLister.class);

    private final FtpErrors errors;
    private final boolean allowMlsd;

    /** @param allowMlsd false to use LIST even where MLSD is offered (for servers with a broken MLSD) */
    FtpLister(FtpErrors errors, boolean allowMlsd) {
        this.errors = errors;
        this.allowMlsd = allowMlsd;
    }

    /** Every file under {@code root} (absolute, no trailing slash), paths relative to it; empty when it is absent. */
    List<RemoteFile> list(FTPClient c, String root) throws IOException {
        boolean mlsd = allowMlsd && c.hasFeature("MLST");
        List<RemoteFile> files = new ArrayList<>();
        Deque<String> folders = new ArrayDeque<>();
        folders.add("");
        while (!folders.isEmpty()) {
            String folder = folders.poll();
            // Changing into the folder and listing it without an argument keeps names with spaces or a leading
            // dash from being read as LIST options.
            if (!c.changeWorkingDirectory(FtpPaths.join(root, folder))) {
                if (folder.isEmpty()) {
                    return files;
                }
                LOG.debug("Folder {} vanished while listing: {}", folder, c.getReplyString());
                continue;
            }
            FTPFile[] entries = mlsd ? c.mlistDir() : c.listFiles();
            if (!FTPReply.isPositiveCompletion(c.getReplyCode())) {
                throw errors.reply(c.getReplyCode(), c.getReplyString(), "listing " + (folder.isEmpty() ? "/"
                        : folder));
            }
            for (FTPFile e : entries) {
                String name = e.getName();
                if (name == null || name.equals(".") || name.equals("..") || name.isEmpty()) {
                    continue;
                }
                String path = folder + name;
                if (e.isDirectory()) {
                    folders.add(path + "/");
                } else if (e.isFile() && !FtpPaths.isPartFile(name)) {
                    files.add(new RemoteFile(path, e.getSize(), null));
                }
            }
        }
        LOG.debug("Listed {} files under {} with {}", files.size(), root, mlsd ? "MLSD" : "LIST");
        return files;
    }
}
