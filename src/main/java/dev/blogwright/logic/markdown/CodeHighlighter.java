package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Optional;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Highlights fenced code when the page is made, so readers need no script: RSyntaxTextArea's lexers split the code
 * into tokens and each coloured token becomes {@code <span class="hl-…">}, coloured by the theme's CSS. Only the
 * lexers are used (no Swing component is created), so this runs headless. Stateless and thread-safe: each call
 * makes its own lexer.
 */
public final class CodeHighlighter {
    /**
     * What the highlighted HTML depends on besides the code: the library's version and this class's mapping of
     * tokens to classes (bump the number when the mapping or the language table changes). Export fingerprints
     * include it, so an upgrade renders code again.
     */
    public static final String FINGERPRINT = "rsyntaxtextarea-" + libraryVersion() + "/hl-1";

    private CodeHighlighter() {
    }

    /** Whether {@code language} (a fenced block's info word, any case) is one this highlighter knows. */
    public static boolean knows(String language) {
        return CodeLanguages.lexer(key(language)).isPresent();
    }

    /**
     * The code as escaped HTML with {@code <span class>} around coloured tokens, or empty for a language this
     * highlighter does not know (the caller then writes the code plain). The text is escaped exactly as flexmark
     * escapes code, so the visible characters are the same either way.
     */
    public static Optional<String> highlight(String language, String code) {
        Optional<TokenMaker> lexer = CodeLanguages.lexer(key(language));
        if (lexer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(spans(lexer.get(), code));
    }

    private static String key(String language) {
        return language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    }

    private static String spans(TokenMaker lexer, String code) {
        StringBuilder html = new StringBuilder(code.length() + code.length() / 2 + 16);
        Spans out = new Spans(html);
        int state = TokenTypes.NULL;
        int start = 0;
        while (start <= code.length()) {
            int end = code.indexOf('\n', start);
            if (end < 0) {
                end = code.length();
            }
            char[] line = code.substring(start, end).toCharArray();
            Token token = lexer.getTokenList(new Segment(line, 0, line.length), state, 0);
            // A line ends in the state its last token leaves (an open comment or string goes on below), as
            // RSyntaxTextArea's own document tracks it: the list's last token, painted or not, carries that type.
            Token last = token;
            for (Token t = token; t != null; t = t.getNextToken()) {
                if (t.isPaintable()) {
                    out.token(cssClass(t.getType()), t.getLexeme());
                }
                last = t;
            }
            state = last == null ? TokenTypes.NULL : last.getType();
            if (end == code.length()) {
                break;
            }
            out.newline();
            start = end + 1;
        }
        out.close();
        return html.toString();
    }

    /** The class of a token type; {@code null} for text shown in the code's plain colour. */
    static String cssClass(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                 TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> "hl-c";
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> "hl-k";
            case TokenTypes.FUNCTION -> "hl-f";
            case TokenTypes.DATA_TYPE -> "hl-t";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                 TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA, TokenTypes.ERROR_STRING_DOUBLE,
                 TokenTypes.ERROR_CHAR -> "hl-s";
            case TokenTypes.LITERAL_BOOLEAN, TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                 TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.ERROR_NUMBER_FORMAT -> "hl-n";
            case TokenTypes.VARIABLE, TokenTypes.MARKUP_ENTITY_REFERENCE -> "hl-v";
            case TokenTypes.REGEX -> "hl-r";
            case TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD,
                 TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER -> "hl-m";
            case TokenTypes.MARKUP_TAG_NAME -> "hl-g";
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> "hl-a";
            default -> null;
        };
    }

    private static String libraryVersion() {
        String version = Token.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /**
     * Writes tokens, joining neighbours of one class into one span (whitespace between them included) and never
     * letting a span cross a line or end in whitespace.
     */
    private static final class Spans {
        private final StringBuilder html;
        private final StringBuilder blank = new StringBuilder();
        private String open;

        Spans(StringBuilder html) {
            this.html = html;
        }

        void token(String cssClass, String text) {
            if (text.isBlank()) {
                blank.append(text);
                return;
            }
            if (open != null && !open.equals(cssClass)) {
                close();
            }
            html.append(blank);
            blank.setLength(0);
            if (cssClass != null && open == null) {
                html.append("<span class=\"").append(cssClass).append("\">");
                open = cssClass;
            }
            html.append(Escaping.escapeHtml(text, false));
        }

        void newline() {
            close();
            html.append('\n');
        }

        void close() {
            if (open != null) {
                html.append("</span>");
                open = null;
            }
            html.append(blank);
            blank.setLength(0);
        }
    }
}
