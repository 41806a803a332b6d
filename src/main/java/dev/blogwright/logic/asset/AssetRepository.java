package dev.blogwright.logic.asset;

import dev.blogwright.model.Asset;
import java.util.List;
import java.util.Optional;

public interface AssetRepository {
    Optional<Asset> bySha256(String sha256);

    long insert(Asset asset);

    List<Asset> all();
}
