package dev.blogwright.logic.menus;

import dev.blogwright.logic.settings.SettingsRepository;
import dev.blogwright.model.SiteMenus;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the site's menus and tag descriptions in the settings table. A stored value that no longer
 * reads (edited by hand, written by a newer build) falls back to the default and is logged, so a library always
 * opens and exports.
 */
public final class MenuService {
    public static final String MENUS_KEY = "menus";
    public static final String TAG_DESCRIPTIONS_KEY = "tag_descriptions";
    private static final Logger LOG = LoggerFactory.getLogger(MenuService.class);

    private final SettingsRepository repo;

    public MenuService(SettingsRepository repo) {
        this.repo = repo;
    }

    /** The stored menus, or {@link SiteMenus#DEFAULT} when there are none (or they do not read). */
    public SiteMenus menus() {
        return menusOf(repo.all());
    }

    /** The menus among settings already read (an export reads them all in one snapshot). */
    public static SiteMenus menusOf(Map<String, String> settings) {
        String json = settings.get(MENUS_KEY);
        if (json == null || json.isBlank()) {
            return SiteMenus.DEFAULT;
        }
        try {
            return MenusJson.read(json);
        } catch (IllegalArgumentException e) {
            LOG.warn("The stored menus do not read; using the generated menu: {}", e.getMessage(), e);
            return SiteMenus.DEFAULT;
        }
    }

    public void saveMenus(SiteMenus menus) {
        repo.putAll(Map.of(MENUS_KEY, MenusJson.write(menus)));
    }

    /** Every tag's description by the tag's slug (tags without one are absent). */
    public Map<String, String> tagDescriptions() {
        return tagDescriptionsOf(repo.all());
    }

    public static Map<String, String> tagDescriptionsOf(Map<String, String> settings) {
        String json = settings.get(TAG_DESCRIPTIONS_KEY);
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return MenusJson.readDescriptions(json);
        } catch (IllegalArgumentException e) {
            LOG.warn("The stored tag descriptions do not read; showing none: {}", e.getMessage(), e);
            return Map.of();
        }
    }

    public void saveTagDescriptions(Map<String, String> descriptions) {
        repo.putAll(Map.of(TAG_DESCRIPTIONS_KEY, MenusJson.writeDescriptions(descriptions)));
    }

    /** Sets (or, with blank text, clears) one tag's description, keeping the others. */
    public void saveTagDescription(String slug, String text) {
        Map<String, String> all = new HashMap<>(tagDescriptions());
        all.put(slug, text);
        saveTagDescriptions(all);
    }
}
