package dev.blogwright.logic.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Splits {@code ---} YAML, {@code +++} TOML and {@code {...}} JSON front matter from a Markdown body and parses it
 * with Jackson. YAML is guarded: aliases are counted and refused beyond a few (a "billion laughs" bomb never gets
 * expanded), nesting is limited, and the front matter may not exceed a code point budget.
 */
public final class FrontMatterParser {
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 20;
    private static final int MAX_CODE_POINTS = 1_000_000;
    private static final Pattern YAML_BLOCK = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern TOML_BLOCK = Pattern.compile("\\A\\+\\+\\+[ \\t]*\\r?\\n(.*?)^\\+\\+\\+[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);

    private final ObjectMapper yaml;
    private final ObjectMapper toml;
    private final ObjectMapper json;

    public FrontMatterParser() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
        yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build());
        toml = new ObjectMapper(TomlFactory.builder().streamReadConstraints(constraints).build());
        json = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(constraints).build());
    }

    public FrontMatter parse(String text, String name) throws ImportException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Matcher m = YAML_BLOCK.matcher(t);
        if (m.find()) {
            return new FrontMatter(FrontMatter.Format.YAML, parseYaml(m.group(1), name), t.substring(m.end()));
        }
        if (t.startsWith("---")) {
            throw new ImportException(name + ": front matter starts with --- but is never closed");
        }
        m = TOML_BLOCK.matcher(t);
        if (m.find()) {
            return new FrontMatter(FrontMatter.Format.TOML, parseWith(toml, m.group(1), name, "TOML"),
                    t.substring(m.end()));
        }
        if (t.startsWith("+++")) {
            throw new ImportException(name + ": front matter starts with +++ but is never closed");
        }
        if (t.startsWith("{")) {
            return parseJsonBlock(t, name);
        }
        return new FrontMatter(FrontMatter.Format.NONE, json.createObjectNode(), t);
    }

    private ObjectNode parseYaml(String block, String name) throws ImportException {
        if (block.isBlank()) {
            return yaml.createObjectNode();
        }
        // Count aliases on the event stream first, before any tree is built from them.
        try (JsonParser p = yaml.createParser(block)) {
            int aliases = 0;
            while (p.nextToken() != null) {
                if (p instanceof YAMLParser y && y.isCurrentAlias() && ++aliases > MAX_ALIASES) {
                    throw new ImportException(name + ": front matter uses more than " + MAX_ALIASES
                            + " YAML aliases; refused as a possible YAML bomb");
                }
            }
        } catch (JsonProcessingException e) {
            throw malformed(name, "YAML", e);
        } catch (IOException e) {
            throw new ImportException(name + ": front matter cannot be read (" + e.getMessage() + ")", e);
        }
        return parseWith(yaml, block, name, "YAML");
    }

    private ObjectNode parseWith(ObjectMapper mapper, String block, String name, String kind) throws ImportException {
        if (block.isBlank()) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(block);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return mapper.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ImportException(name + ": " + kind + " front matter is not a set of keys and values");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw malformed(name, kind, e);
        } catch (StackOverflowError e) {
            throw new ImportException(name + ": " + kind + " front matter is nested too deeply");
        }
    }

    private FrontMatter parseJsonBlock(String t, String name) throws ImportException {
        try (JsonParser p = json.createParser(t)) {
            JsonNode node = json.readTree(p);
            if (!(node instanceof ObjectNode obj)) {
                throw new ImportException(name + ": JSON front matter is not an object");
            }
            int end = (int) p.currentLocation().getCharOffset();
            String body = t.substring(Math.min(end, t.length())).replaceFirst("\\A[ \\t]*\\r?\\n", "");
            return new FrontMatter(FrontMatter.Format.JSON, obj, body);
        } catch (JsonProcessingException e) {
            throw malformed(name, "JSON", e);
        } catch (IOException e) {
            throw new ImportException(name + ": front matter cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static ImportException malformed(String name, String kind, JsonProcessingException e) {
        String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (why.toLowerCase(Locale.ROOT).contains("nesting depth")) {
            return new ImportException(name + ": " + kind + " front matter is nested deeper than " + MAX_DEPTH
                    + " levels", e);
        }
        JsonLocation at = e.getLocation();
        String line = at != null && at.getLineNr() > 0 ? " at line " + at.getLineNr() : "";
        // SnakeYAML's messages span lines with a caret diagram; keep the sentences, drop the drawing.
        String summary = why.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in '") && !l.contains("^"))
                .collect(Collectors.joining("; "));
        return new ImportException(name + ": malformed " + kind + " front matter" + line + ": " + summary, e);
    }
}
