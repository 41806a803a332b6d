/** The Menus editor (Blog ▸ Menus…): the header and footer menus as trees, and the social links. */
package dev.blogwright.gui.menus;
