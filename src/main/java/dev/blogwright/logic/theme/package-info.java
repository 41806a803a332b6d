/**
 * Theme options a blog sets without editing templates: reading and checking them (accent contrast, date formats
 * chosen from examples) and making the files they ask for (favicon sizes, {@code favicon.ico}).
 */
package dev.blogwright.logic.theme;
