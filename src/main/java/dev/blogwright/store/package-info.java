/**
 * The only place with JDBC and SQL: the SQLite Database (WAL, one writer, transactions), migrations, backups, the
 * library lock and the repositories that logic declares as interfaces.
 */
package dev.blogwright.store;
