package dev.blogwright.store;

import dev.blogwright.logic.LibraryException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's errors into one sentence a user can act on; the original goes along as the cause. */
final class SqlErrors {
    private SqlErrors() {
    }

    static LibraryException translate(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xFF;
        String message = switch (primary) {
            case 13 -> "The disk is full; the last change was not saved. Free some space and try again.";
            case 8 -> "The library is read-only; changes cannot be saved.";
            case 11, 26 -> "The library file is damaged; restore a backup.";
            case 5, 6 -> "The library is busy in another program; try again in a moment.";
            case 10 -> "The disk reported an error while saving; the last change was not saved.";
            case 14 -> "The library file cannot be opened (missing folder or no permission).";
            default -> "The library could not complete the operation: " + firstLine(e.getMessage());
        };
        return new LibraryException(message, e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
