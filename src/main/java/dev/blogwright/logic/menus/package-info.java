/**
 * The site's menus, social links and tag descriptions: kept as JSON in the settings table (keys {@code menus} and
 * {@code tag_descriptions}), read and written through {@link dev.blogwright.logic.menus.MenuService}.
 */
package dev.blogwright.logic.menus;
