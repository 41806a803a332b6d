package dev.blogwright.hardening;

import java.nio.file.Path;

/** kill -9 during deploys to a folder. */
class KillDuringDeployTest extends KillDuringDeployContract {
    @Override
    protected String url() {
        return remoteFolder().toUri().toString();
    }

    @Override
    protected Path remoteFolder() {
        return dir.resolve("www");
    }
}
