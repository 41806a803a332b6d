package dev.blogwright.store;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.Transactions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The one connection to a library file and its settings: WAL, foreign keys, a busy timeout and FULL sync, so a
 * committed write survives a crash or a power cut. All access is serialised through one lock; SQLite allows
 * one writer anyway, and one connection keeps transactions simple. Long reads that must not hold up saving take a
 * {@link #snapshot()}, a read-only Database of its own.
 */
public final class Database implements Transactions, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** How a caller means to use the library. */
    public enum Mode {
        /** Read and write; a missing file is created as an empty library. */
        CREATE,
        /** Read and write an existing library. */
        WRITE,
        /** Read only; nothing on disk changes and no lock is taken. */
        READ_ONLY
    }

    private final Path file;
    private final Connection connection;
    private final LibraryLock lock;
    private final boolean readOnly;
    /** A {@link #snapshot()}: its connection stays inside one read transaction from creation to close. */
    private final boolean snapshot;
    private final ReentrantLock guard = new ReentrantLock();
    private int depth;

    private Database(Path file, Connection connection, LibraryLock lock, boolean readOnly) {
        this(file, connection, lock, readOnly, false);
    }

    private Database(Path file, Connection connection, LibraryLock lock, boolean readOnly, boolean snapshot) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.readOnly = readOnly;
        this.snapshot = snapshot;
    }

    public static Database open(Path file, Mode mode) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new LibraryException(LibraryFile.name(absolute) + " is a folder, not a library file.");
        }
        if (!Files.exists(absolute)) {
            if (mode != Mode.CREATE) {
                throw new LibraryException("No library at " + LibraryFile.name(absolute)
                        + "; create one with 'blogwright init'.");
            }
            createEmpty(absolute);
        }
        int version = LibraryFile.inspect(absolute, Migrations.LATEST);
        LibraryLock lock = mode == Mode.READ_ONLY ? null : LibraryLock.acquire(absolute);
        try {
            Connection c = connect(absolute, mode == Mode.READ_ONLY);
            Database db = new Database(absolute, c, lock, mode == Mode.READ_ONLY);
            if (mode != Mode.READ_ONLY) {
                db.checkIntegrity();
                if (version < Migrations.LATEST) {
                    Backups.beforeMigration(db, version);
                    Migrations.apply(db);
                }
            } else if (version < Migrations.LATEST) {
                c.close();
                throw new LibraryException(LibraryFile.name(absolute)
                        + " needs an upgrade; open it once in Blogwright (or run a writing command) first.");
            }
            return db;
        } catch (SQLException e) {
            if (lock != null) {
                lock.close();
            }
            throw SqlErrors.translate(e);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** Builds a new library under a temporary name and moves it into place, so no half-made file is ever seen. */
    private static void createEmpty(Path file) {
        Path temp = file.resolveSibling(file.getFileName() + ".creating-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(temp);
            try (Connection c = connect(temp, false)) {
                Database db = new Database(temp, c, null, false);
                Migrations.apply(db);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    s.execute("PRAGMA journal_mode=DELETE");
                }
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } catch (AccessDeniedException e) {
            throw new LibraryException("Cannot create a library in " + LibraryFile.name(file.getParent())
                    + ": the folder is read-only.", e);
        } catch (IOException e) {
            throw new LibraryException("Cannot create the library " + LibraryFile.name(file) + ": "
                    + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-wal"));
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-shm"));
            } catch (IOException ignored) {
                // leftovers of a failed creation are harmless and replaced next time
            }
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private void checkIntegrity() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                LOG.error("quick_check of {} failed: {}", file, result);
                throw new LibraryException(LibraryFile.name(file) + " is damaged (" + result + "); restore a backup.");
            }
        }
    }

    /**
     * The library as it is now, frozen, over a second connection: for reads spread over a while (an export reads
     * the posts first and some bodies late) while this connection goes on saving. Every read through the snapshot,
     * and through repositories built on it, sees the library as it was when this method returned, whatever is
     * committed meanwhile; it cannot write and takes no lock. It holds one SQLite read transaction until
     * {@link #close()}: in WAL mode that never blocks a writer, though the WAL cannot be checkpointed past it, and
     * in rollback mode (a library only ever opened read-only) it keeps other processes from committing; so close
     * it soon. A snapshot of a snapshot is a new snapshot of the library, not of the first one.
     */
    public Database snapshot() {
        try {
            Connection c = connect(file, true);
            try {
                c.setAutoCommit(false);
                // BEGIN defers the read transaction to the first read; this read fixes what the snapshot sees now.
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_schema")) {
                    rs.next();
                }
                return new Database(file, c, null, true, true);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Runs JDBC work under the lock, translating SQLite errors into messages a user can act on. */
    <T> T with(SqlWork<T> work) {
        guard.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            guard.unlock();
        }
    }

    /** Runs work in one transaction; on a snapshot, in the snapshot's own read transaction, which it keeps open. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (snapshot) {
            guard.lock();
            try {
                return work.get();
            } finally {
                guard.unlock();
            }
        }
        guard.lock();
        try {
            if (depth++ == 0) {
                connection.setAutoCommit(false);
            }
            boolean ok = false;
            try {
                T result = work.get();
                ok = true;
                return result;
            } finally {
                if (--depth == 0) {
                    finish(ok);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            guard.unlock();
        }
    }

    private void finish(boolean commit) throws SQLException {
        try {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        guard.lock();
        try {
            if (!readOnly) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA optimize");
                } catch (SQLException e) {
                    LOG.debug("optimize on close failed", e);
                }
            }
            if (snapshot) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing {} failed", file, e);
        } finally {
            if (lock != null) {
                lock.close();
            }
            guard.unlock();
        }
    }
}
