package dev.blogwright.store;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.SearchQueryParser;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The WHERE and ORDER BY of a {@link PostQuery}, with its parameters bound in order. */
final class PostQuerySql {
    private final StringBuilder where = new StringBuilder(" WHERE p.trashed = ?");
    private final List<Object> params = new ArrayList<>();
    private final PostQuery query;

    PostQuerySql(PostQuery query) {
        this.query = query;
        params.add(query.trashed() ? 1 : 0);
        if (query.status() != null) {
            where.append(" AND p.status = ?");
            params.add(query.status().key());
        }
        if (query.kind() != null) {
            where.append(" AND p.kind = ?");
            params.add(query.kind().key());
        }
        if (query.featured() != null) {
            where.append(" AND p.featured = ?");
            params.add(query.featured() ? 1 : 0);
        }
        if (query.category() != null && !query.category().isBlank()) {
            where.append(" AND p.category_id IN (SELECT id FROM categories WHERE name = ? COLLATE NOCASE OR slug = ?)");
            params.add(query.category().trim());
            params.add(query.category().trim());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id"
                    + " WHERE pt.post_id = p.id AND (t.name = ? COLLATE NOCASE OR t.slug = ?))");
            params.add(query.tag().trim());
            params.add(query.tag().trim());
        }
        if (query.hasText()) {
            String match = SearchQueryParser.ftsExpression(query.text());
            if (!match.isEmpty()) {
                if (query.limit() == PostQuery.NO_LIMIT) {
                    where.append(" AND p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)");
                    params.add(match);
                } else {
                    // A limited search keeps the best-ranked matches (bm25), so a common word in 10,000 posts
                    // does not sort and map every match.
                    where.append(" AND p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rank"
                            + " LIMIT ?)");
                    params.add(match);
                    params.add(Math.min((long) query.limit() + query.offset(), Integer.MAX_VALUE));
                }
            }
        }
    }

    String where() {
        return where.toString();
    }

    String orderAndPage() {
        String direction = query.descending() ? " DESC" : " ASC";
        String key = switch (query.sort()) {
            case MANUAL -> "p.position";
            case PUBLISHED -> "COALESCE(p.published_at, p.created_at)";
            case TITLE -> "p.title COLLATE NOCASE";
            case UPDATED -> "p.updated_at";
        };
        return " ORDER BY " + key + direction + ", p.id" + direction + " LIMIT ? OFFSET ?";
    }

    /** Binds the filter parameters from index 1; returns the next free index. */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    int bindWithPage(PreparedStatement ps) throws SQLException {
        int i = bind(ps);
        ps.setInt(i++, query.limit());
        ps.setInt(i++, query.offset());
        return i;
    }
}
