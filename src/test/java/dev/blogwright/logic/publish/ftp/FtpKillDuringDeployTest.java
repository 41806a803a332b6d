package dev.blogwright.logic.publish.ftp;

import dev.blogwright.hardening.KillDuringDeployContract;
import java.nio.file.Path;
import java.util.List;

/**
 * kill -9 during deploys to Apache FtpServer on loopback: each file goes to a temporary name and is renamed into
 * place; this server refuses to rename over an existing file, so a changed file is written in place instead, and a
 * kill never leaves a page missing. The next deploy removes nothing a visitor needs.
 */
class FtpKillDuringDeployTest extends KillDuringDeployContract {
    private String folder;

    @Override
    protected String url() {
        folder = EmbeddedFtpServer.shared().freshFolder();
        return "ftp://writer@127.0.0.1:" + EmbeddedFtpServer.shared().port() + "/" + folder;
    }

    @Override
    protected Path remoteFolder() {
        return EmbeddedFtpServer.shared().home("writer").resolve(folder);
    }

    @Override
    protected List<String> access() {
        return List.of("password=" + EmbeddedFtpServer.PASSWORD);
    }
}
