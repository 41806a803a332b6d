package dev.blogwright.store;

import dev.blogwright.logic.taxonomy.TaxonomyRepository;
import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class SqlTaxonomyRepository implements TaxonomyRepository {
    private final Database db;

    public SqlTaxonomyRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Category> categories() {
        return db.with(c -> {
            List<Category> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM categories ORDER BY position, name")) {
                while (rs.next()) {
                    out.add(category(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Category> category(long id) {
        return oneCategory("SELECT * FROM categories WHERE id = ?", id, null);
    }

    @Override
    public Optional<Category> categoryByNameOrSlug(String nameOrSlug) {
        return oneCategory("SELECT * FROM categories WHERE name = ? COLLATE NOCASE OR slug = ? LIMIT 1",
                nameOrSlug, nameOrSlug);
    }

    private Optional<Category> oneCategory(String sql, Object a, Object b) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, a);
                if (b != null) {
                    ps.setObject(2, b);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(category(rs)) : Optional.<Category>empty();
                }
            }
        });
    }

    private static Category category(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Category(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
                rs.getString("description"), rs.getString("colour"), rs.getDouble("position"), parentId);
    }

    @Override
    public long insertCategory(Category cat) {
        return db.with(c -> {
            boolean keepId = cat.id() > 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO categories (name, slug, description, colour,"
                    + " position, parent_id" + (keepId ? ", id" : "") + ") VALUES (?,?,?,?,?,?" + (keepId ? ",?" : "")
                    + ")", Statement.RETURN_GENERATED_KEYS)) {
                bindCategory(ps, cat);
                if (keepId) {
                    ps.setLong(7, cat.id());
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void updateCategory(Category cat) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE categories SET name = ?, slug = ?, description = ?,"
                    + " colour = ?, position = ?, parent_id = ? WHERE id = ?")) {
                bindCategory(ps, cat);
                ps.setLong(7, cat.id());
                return ps.executeUpdate();
            }
        });
    }

    private static void bindCategory(PreparedStatement ps, Category cat) throws SQLException {
        ps.setString(1, cat.name());
        ps.setString(2, cat.slug());
        ps.setString(3, cat.description());
        ps.setString(4, cat.colour());
        ps.setDouble(5, cat.position());
        if (cat.parentId() == null) {
            ps.setNull(6, Types.INTEGER);
        } else {
            ps.setLong(6, cat.parentId());
        }
    }

    @Override
    public void mergeCategory(long from, long into) {
        db.inTransaction(() -> {
            update("UPDATE posts SET category_id = ? WHERE category_id = ?", into, from);
            update("UPDATE categories SET parent_id = ? WHERE parent_id = ?", into, from);
            update("DELETE FROM categories WHERE id = ?", from, null);
            return null;
        });
    }

    @Override
    public void deleteCategory(long id) {
        update("DELETE FROM categories WHERE id = ?", id, null);
    }

    @Override
    public boolean categorySlugTaken(String slug, long exceptId) {
        return exists("SELECT 1 FROM categories WHERE slug = ? AND id <> ?", slug, exceptId);
    }

    @Override
    public List<Tag> tags() {
        return db.with(c -> {
            List<Tag> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, slug FROM tags ORDER BY name COLLATE NOCASE")) {
                while (rs.next()) {
                    out.add(new Tag(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Tag> tagByNameOrSlug(String nameOrSlug) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, slug FROM tags WHERE name = ? COLLATE NOCASE OR slug = ? LIMIT 1")) {
                ps.setString(1, nameOrSlug);
                ps.setString(2, nameOrSlug);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Tag(rs.getLong(1), rs.getString(2), rs.getString(3)))
                            : Optional.<Tag>empty();
                }
            }
        });
    }

    @Override
    public long insertTag(long id, String name, String slug) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tags (id, name, slug) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                if (id > 0) {
                    ps.setLong(1, id);
                } else {
                    ps.setNull(1, Types.INTEGER);
                }
                ps.setString(2, name);
                ps.setString(3, slug);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void renameTag(long id, String name, String slug) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tags SET name = ?, slug = ? WHERE id = ?")) {
                ps.setString(1, name);
                ps.setString(2, slug);
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void mergeTag(long from, long into) {
        db.inTransaction(() -> {
            update("INSERT OR IGNORE INTO post_tags (post_id, tag_id, position)"
                    + " SELECT post_id, ?, position FROM post_tags WHERE tag_id = ?", into, from);
            update("DELETE FROM tags WHERE id = ?", from, null);
            return null;
        });
    }

    @Override
    public void deleteTag(long id) {
        update("DELETE FROM tags WHERE id = ?", id, null);
    }

    @Override
    public boolean tagSlugTaken(String slug, long exceptId) {
        return exists("SELECT 1 FROM tags WHERE slug = ? AND id <> ?", slug, exceptId);
    }

    @Override
    public int deleteUnusedTags() {
        return update("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM post_tags)", null, null);
    }

    private int update(String sql, Object a, Object b) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (a != null) {
                    ps.setObject(1, a);
                }
                if (b != null) {
                    ps.setObject(2, b);
                }
                return ps.executeUpdate();
            }
        });
    }

    private boolean exists(String sql, String value, long exceptId) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                ps.setLong(2, exceptId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
