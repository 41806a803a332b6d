/**
 * The desktop app (JavaFX): the main window, its view models and one sub-package per screen. The only place with
 * javafx.scene, FXML, WebView and RichTextFX; reaches the library only through app.
 */
package dev.blogwright.gui;
