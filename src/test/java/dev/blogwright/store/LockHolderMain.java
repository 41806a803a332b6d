package dev.blogwright.store;

import java.nio.file.Path;

/** Child process for the lock test: opens a library for writing, says so, and waits to be killed. */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]), Database.Mode.WRITE);
        System.out.println("OPEN " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(60_000);
        db.close();
    }
}
