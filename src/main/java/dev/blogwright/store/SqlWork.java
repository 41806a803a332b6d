package dev.blogwright.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run while the database lock is held. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
