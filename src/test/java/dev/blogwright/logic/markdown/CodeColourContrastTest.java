package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import org.junit.jupiter.api.Test;

/**
 * The default theme colours every class the highlighter writes, in light and dark, and every token colour keeps a
 * WCAG contrast of at least 4.5:1 on the code background and on the page surface (computed from the CSS values).
 */
class CodeColourContrastTest {
    private static final String CSS = "/assets/themes/default/style.css";
    private static final Pattern VARIABLE = Pattern.compile("--([\\w-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final Pattern RULE = Pattern.compile("\\.(hl-\\w+)\\s*\\{[^}]*color:\\s*var\\(--([\\w-]+)\\)");

    @Test
    void everyTokenColourKeepsFourAndAHalfToOneInLightAndDark() throws IOException {
        String css = css();
        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        Map<String, String> light = variables(css.substring(0, dark));
        Map<String, String> darkVariables = new LinkedHashMap<>(light);
        darkVariables.putAll(variables(css.substring(dark, css.indexOf("\n}", dark))));
        Map<String, String> rules = rules(css);

        assertThat(rules).isNotEmpty();
        for (Map<String, String> scheme : List.of(light, darkVariables)) {
            for (String variable : rules.values()) {
                String colour = scheme.get(variable);
                assertThat(colour).as(variable).isNotNull();
                for (String background : List.of("code-bg", "surface")) {
                    assertThat(contrast(colour, scheme.get(background)))
                            .as("%s %s on %s %s", variable, colour, background, scheme.get(background))
                            .isGreaterThanOrEqualTo(4.5);
                }
            }
        }
        // The dark scheme really sets its own token colours rather than inheriting the light ones.
        assertThat(variables(css.substring(dark))).containsKeys(rules.values().toArray(String[]::new));
    }

    @Test
    void everyClassTheHighlighterWritesHasAColourRule() throws IOException {
        Set<String> written = new TreeSet<>();
        for (int type = 0; type < TokenTypes.DEFAULT_NUM_TOKEN_TYPES; type++) {
            String cssClass = CodeHighlighter.cssClass(type);
            if (cssClass != null) {
                written.add(cssClass);
            }
        }

        assertThat(rules(css()).keySet()).containsAll(written);
    }

    @Test
    void contrastMatchesTheWcagFormula() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, offset(1e-9));
        assertThat(contrast("#767676", "#ffffff")).isBetween(4.5, 4.6);
    }

    private static String css() throws IOException {
        try (InputStream in = CodeColourContrastTest.class.getResourceAsStream(CSS)) {
            assertThat(in).as(CSS).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> variables(String css) {
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            variables.put(m.group(1), m.group(2));
        }
        return variables;
    }

    private static Map<String, String> rules(String css) {
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            rules.put(m.group(1), m.group(2));
        }
        return rules;
    }

    /** WCAG 2's contrast ratio of two sRGB colours written as {@code #rrggbb}. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
