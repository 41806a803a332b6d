package dev.blogwright.store;

import dev.blogwright.logic.asset.AssetRepository;
import dev.blogwright.model.Asset;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class SqlAssetRepository implements AssetRepository {
    private final Database db;

    public SqlAssetRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Asset> bySha256(String sha256) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM assets WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(asset(rs)) : Optional.<Asset>empty();
                }
            }
        });
    }

    @Override
    public long insert(Asset a) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assets (file_name, sha256, mime_type, size,"
                    + " width, height, created_at) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, a.fileName());
                ps.setString(2, a.sha256());
                ps.setString(3, a.mimeType());
                ps.setLong(4, a.size());
                ps.setInt(5, a.width());
                ps.setInt(6, a.height());
                ps.setString(7, Times.format(a.createdAt()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Asset> all() {
        return db.with(c -> {
            List<Asset> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM assets ORDER BY id")) {
                while (rs.next()) {
                    out.add(asset(rs));
                }
            }
            return out;
        });
    }

    private static Asset asset(ResultSet rs) throws SQLException {
        return new Asset(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("mime_type"), rs.getLong("size"), rs.getInt("width"), rs.getInt("height"),
                Times.parse(rs.getString("created_at")));
    }
}
