package dev.blogwright.logic.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSharpTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ClojureTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DartTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GroovyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.IniTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LatexTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LessTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LispTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LuaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MakefileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PHPTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PerlTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PowerShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PropertiesFileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ProtoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RubyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ScalaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.WindowsBatchTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

/**
 * The fence words authors write (as GitHub, Hugo and Jekyll accept them) and the lexer each one gets. A word not
 * here stays plain: a wrong lexer colours worse than none.
 */
final class CodeLanguages {
    private static final Map<String, Supplier<TokenMaker>> LEXERS = lexers();

    private CodeLanguages() {
    }

    /** A new lexer for a lower-case fence word (lexers keep state while they run, so none is shared). */
    static Optional<TokenMaker> lexer(String language) {
        Supplier<TokenMaker> lexer = LEXERS.get(language);
        return lexer == null ? Optional.empty() : Optional.of(lexer.get());
    }

    private static Map<String, Supplier<TokenMaker>> lexers() {
        Map<String, Supplier<TokenMaker>> map = new HashMap<>();
        put(map, CTokenMaker::new, "c", "h");
        put(map, CPlusPlusTokenMaker::new, "cpp", "c++", "cc", "cxx", "hpp");
        put(map, CSharpTokenMaker::new, "cs", "csharp", "c#");
        put(map, CSSTokenMaker::new, "css");
        put(map, ClojureTokenMaker::new, "clojure", "clj");
        put(map, DartTokenMaker::new, "dart");
        put(map, DockerTokenMaker::new, "dockerfile", "docker");
        put(map, GoTokenMaker::new, "go", "golang");
        put(map, GroovyTokenMaker::new, "groovy", "gradle");
        put(map, HTMLTokenMaker::new, "html", "xhtml", "htm");
        put(map, IniTokenMaker::new, "ini", "cfg", "conf");
        put(map, JavaTokenMaker::new, "java");
        put(map, JavaScriptTokenMaker::new, "js", "javascript", "jsx", "mjs", "cjs", "node");
        put(map, JsonTokenMaker::new, "json", "jsonc", "json5");
        put(map, KotlinTokenMaker::new, "kotlin", "kt", "kts");
        put(map, LatexTokenMaker::new, "latex", "tex");
        put(map, LessTokenMaker::new, "less");
        put(map, LispTokenMaker::new, "lisp", "elisp", "scheme");
        put(map, LuaTokenMaker::new, "lua");
        put(map, MakefileTokenMaker::new, "makefile", "make", "mk");
        put(map, PerlTokenMaker::new, "perl", "pl");
        put(map, PHPTokenMaker::new, "php");
        put(map, PowerShellTokenMaker::new, "powershell", "ps1", "pwsh");
        put(map, PropertiesFileTokenMaker::new, "properties");
        put(map, ProtoTokenMaker::new, "proto", "protobuf");
        put(map, PythonTokenMaker::new, "python", "py", "python3");
        put(map, RubyTokenMaker::new, "ruby", "rb");
        put(map, RustTokenMaker::new, "rust", "rs");
        put(map, ScalaTokenMaker::new, "scala");
        put(map, SQLTokenMaker::new, "sql", "mysql", "postgresql", "postgres", "psql", "sqlite", "plsql", "tsql");
        put(map, TypeScriptTokenMaker::new, "ts", "typescript", "tsx");
        put(map, UnixShellTokenMaker::new, "sh", "shell", "bash", "zsh", "ksh");
        put(map, WindowsBatchTokenMaker::new, "bat", "batch", "cmd");
        put(map, XMLTokenMaker::new, "xml", "svg", "xsd", "xsl", "plist");
        put(map, YamlTokenMaker::new, "yaml", "yml");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Supplier<TokenMaker>> map, Supplier<TokenMaker> lexer, String... names) {
        for (String name : names) {
            map.put(name, lexer);
        }
    }
}
