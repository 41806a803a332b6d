package dev.blogwright.gui.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * Walks a laid-out scene graph as a person looks at it and collects what a person would trip over: a control
 * whose own text is cut short, text below WCAG AA contrast against what is painted behind it, and a toolbar that
 * overflows into "»". Call it on the FX thread after a layout pass.
 *
 * <p>JavaFX 21 has no {@code textTruncated} property, so a {@link Labeled} is compared with the {@link Text} its
 * skin shows. A text field shows its text cut when the text is wider than the field; a field at least
 * {@link #SCROLLING_FIELD_EMS} wide may scroll a long value (as every editor's fields do), a narrower one (a date,
 * a time, a spinner) must fit it. List and table cells whose column or list carries the style class
 * {@code may-elide} (a long post title in the list) end in "…" by design and are not reported.
 */
public final class SceneAudit {
    static final double SCROLLING_FIELD_EMS = 20;
    public static final String MAY_ELIDE = "may-elide";

    /** One problem: where (screen, node), what text, and what is wrong with it. */
    public record Finding(String screen, String node, String text, String problem) {
        @Override
        public String toString() {
            return "[" + screen + "] " + problem + ": \"" + text + "\" in " + node;
        }
    }

    private final String screen;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> textStyleClasses = new LinkedHashSet<>();
    private int texts;

    public SceneAudit(String screen) {
        this.screen = screen;
    }

    public SceneAudit audit(Parent root) {
        walk(root);
        return this;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Every style class of a text node whose contrast was checked (to prove the highlighter's were seen). */
    public Set<String> textStyleClasses() {
        return textStyleClasses;
    }

    /** How many text nodes had their contrast checked. */
    public int textsChecked() {
        return texts;
    }

    private void walk(Node node) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node.getStyleClass().contains("tool-bar-overflow-button")) {
            findings.add(new Finding(screen, describe(node), "»", "toolbar overflows, some buttons are hidden"));
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled);
        } else if (node instanceof TextField field) {
            checkField(field);
        } else if (node instanceof Text text) {
            checkContrast(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    private void checkLabeled(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0 || mayElide(labeled)) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? stripMnemonic(text) : text;
        Text shown = ownText(labeled);
        if (shown == null && delegatesText(labeled, labeled.getText())) {
            return;
        }
        String ellipsis = labeled.getEllipsisString();
        if (shown == null || shown.getText() == null || shown.getText().isEmpty()) {
            findings.add(new Finding(screen, describe(labeled), expected, "text not shown at all"));
        } else if (shown.getText().length() < expected.length()
                || (!ellipsis.isEmpty() && shown.getText().endsWith(ellipsis) && !expected.endsWith(ellipsis))) {
            findings.add(new Finding(screen, describe(labeled), expected, "cut to \"" + shown.getText() + "\""));
        }
    }

    private void checkField(TextField field) {
        String text = field.getText();
        if (text == null || text.isEmpty() || field.getWidth() <= 0) {
            return;
        }
        Text shown = findText(field, text);
        if (shown == null) {
            return;
        }
        double visible = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        double needed = shown.getLayoutBounds().getWidth();
        if (needed > visible + 1 && visible < SCROLLING_FIELD_EMS * field.getFont().getSize()) {
            findings.add(new Finding(screen, describe(field), text,
                    String.format("field %.0f px wide shows %.0f px of text", visible, needed)));
        }
        checkContrast(shown);
    }

    /** The text node the labeled's own skin shows (a child, or inside a non-labeled box of its skin). */
    private static Text ownText(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t;
            }
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p && !(child instanceof Labeled)) {
                Text found = ownText(p);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Menu buttons and titled panes show their text through a labeled of their skin, which is audited itself.
     */
    private static boolean delegatesText(Parent parent, String text) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Labeled l && text.equals(l.getText())) {
                return true;
            }
            if (child instanceof Parent p && delegatesText(p, text)) {
                return true;
            }
        }
        return false;
    }

    private static Text findText(Parent parent, String text) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Text t && text.equals(t.getText())) {
                return t;
            }
            if (child instanceof Parent p) {
                Text found = findText(p, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** WCAG exempts inactive controls, so disabled text is not checked. */
    private void checkContrast(Text text) {
        if (text.getText() == null || text.getText().isBlank() || text.isDisabled()
                || !(text.getFill() instanceof Color fill)) {
            return;
        }
        texts++;
        textStyleClasses.addAll(text.getStyleClass());
        // Focus mode (opt-in, issue 23) fades the text around the writer's sentence on purpose: that text is not
        // meant to be read just now, so it is not held to 4.5:1; the bright sentence is checked as usual.
        if (text.getStyleClass().contains("md-dimmed")) {
            return;
        }
        Color background = backgroundBehind(text);
        Color foreground = Contrast.over(Color.color(fill.getRed(), fill.getGreen(), fill.getBlue(),
                fill.getOpacity() * cumulativeOpacity(text)), background);
        double ratio = Contrast.ratio(foreground, background);
        if (ratio < Contrast.AA) {
            findings.add(new Finding(screen, describe(text), abbreviate(text.getText()), String.format(
                    "contrast %.2f:1 (%s on %s)", ratio, Contrast.hex(foreground), Contrast.hex(background))));
        }
    }

    private static double cumulativeOpacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    /** The colour painted behind a node: the innermost fill of the nearest regions up to the first opaque one. */
    static Color backgroundBehind(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            Color fill = n instanceof Region region ? innermostFill(region.getBackground()) : null;
            if (fill != null) {
                layers.add(fill);
                if (fill.getOpacity() >= 1) {
                    break;
                }
            }
        }
        Color base = layers.isEmpty() || layers.get(layers.size() - 1).getOpacity() < 1 ? sceneFill(node)
                : layers.remove(layers.size() - 1);
        for (int i = layers.size() - 1; i >= 0; i--) {
            base = Contrast.over(layers.get(i), base);
        }
        return base;
    }

    private static Color sceneFill(Node node) {
        return node.getScene() != null && node.getScene().getFill() instanceof Color c && c.getOpacity() > 0
                ? Contrast.over(c, Color.WHITE) : Color.WHITE;
    }

    private static Color innermostFill(Background background) {
        if (background == null) {
            return null;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            Color c = colourOf(fills.get(i).getFill());
            if (c != null && c.getOpacity() > 0) {
                return c;
            }
        }
        return null;
    }

    private static Color colourOf(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        List<Stop> stops = paint instanceof LinearGradient g ? g.getStops()
                : paint instanceof RadialGradient r ? r.getStops() : List.of();
        if (stops.isEmpty()) {
            return null;
        }
        double r = 0, g = 0, b = 0, a = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed();
            g += s.getColor().getGreen();
            b += s.getColor().getBlue();
            a += s.getColor().getOpacity();
        }
        int n = stops.size();
        return Color.color(r / n, g / n, b / n, a / n);
    }

    private static boolean mayElide(Labeled labeled) {
        if (labeled instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && cell.getTableColumn().getStyleClass().contains(MAY_ELIDE)) {
            return true;
        }
        for (Node n = labeled; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(MAY_ELIDE) || n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                    && c.getTableColumn().getStyleClass().contains(MAY_ELIDE)) {
                return true;
            }
        }
        return false;
    }

    private static String stripMnemonic(String text) {
        int i = text.indexOf('_');
        return i >= 0 && i + 1 < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    /** "Label.warning-label < HBox < GridPane.metadata-grid < …": enough to find the node in the code. */
    static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (Node n = node; n != null && depth < 5; n = n.getParent(), depth++) {
            if (depth > 0) {
                path.append(" < ");
            }
            path.append(n.getClass().getSimpleName().isEmpty() ? n.getClass().getName() : n.getClass().getSimpleName());
            if (n.getId() != null) {
                path.append('#').append(n.getId());
            }
            n.getStyleClass().stream().limit(3).forEach(s -> path.append('.').append(s));
        }
        return path.toString();
    }
}
