package dev.blogwright.logic.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mojibake cases of {@code /mojibake/cases.tsv}: garbled text with the text it was, and correct text. The
 * synthetic ones are made here the way the damage happens, by reading UTF-8 bytes through a code page with
 * Java's own decoders (independent of the repair's tables), so each case is honest about its origin.
 */
final class MojibakeCases {
    /** One case: the kind ("garble:windows-1252", "wild", "partial:…", "clean"), input and expected output. */
    record Case(String kind, String input, String expected) {
    }

    private MojibakeCases() {
    }

    static List<Case> load() throws IOException {
        Map<String, String> sentences = new LinkedHashMap<>();
        for (String[] f : rows("sentences.txt")) {
            sentences.put(f[0], f[1]);
        }
        List<Case> cases = new ArrayList<>();
        for (String[] f : rows("cases.tsv")) {
            switch (f[0]) {
                case "garble" -> {
                    for (String id : f[2].split(" ")) {
                        String text = sentences.get(id);
                        if (text == null) {
                            throw new IllegalStateException("no sentence " + id);
                        }
                        cases.add(new Case("garble:" + f[1], garble(text, f[1]), text));
                    }
                }
                case "partial" -> cases.add(new Case("partial:" + f[1], garbleMarked(f[2], f[1]),
                        f[2].replace("⟦", "").replace("⟧", "")));
                case "wild" -> cases.add(new Case("wild", f[1], f[2]));
                case "clean" -> cases.add(new Case("clean", f[1], f[1]));
                default -> throw new IllegalStateException("unknown case kind " + f[0]);
            }
        }
        return cases;
    }

    /** The text's UTF-8 bytes read through each code page of the chain in turn. */
    static String garble(String text, String chain) {
        String[] parts = chain.split("/", 2);
        String modifier = parts.length > 1 ? parts[1] : "";
        String current = text;
        for (String page : parts[0].split("\\+")) {
            current = readAs(current.getBytes(StandardCharsets.UTF_8), page, modifier.equals("drop"));
        }
        if (modifier.equals("nbsp")) {
            current = current.replace('\u00A0', ' ').replaceAll(" {2,}", " ");
        }
        return current;
    }

    private static String garbleMarked(String text, String chain) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('⟦', i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int close = text.indexOf('⟧', open);
            out.append(text, i, open).append(garble(text.substring(open + 1, close), chain));
            i = close + 1;
        }
        return out.toString();
    }

    /**
     * Bytes as a single-byte decoder shows them: a byte its page leaves undefined becomes the C1 control of the
     * same number (as browsers and Python's sloppy codecs do) or, with {@code drop}, vanishes; Windows-874
     * decoders show such bytes as Windows-1252 does, which is what real Thai-locale mojibake holds.
     */
    private static String readAs(byte[] bytes, String page, boolean drop) {
        Charset charset = Charset.forName(switch (page) {
            case "latin-1" -> "ISO-8859-1";
            case "macroman" -> "x-MacRoman";
            case "cp437" -> "IBM437";
            case "windows-874" -> "x-windows-874";
            default -> page;
        });
        Charset fallback = page.equals("windows-874") ? Charset.forName("windows-1252") : null;
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            String c = one(charset, b);
            if (c == null && fallback != null) {
                c = one(fallback, b);
            }
            if (c == null && !drop) {
                c = String.valueOf((char) (b & 0xFF));
            }
            if (c != null) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String one(Charset charset, byte b) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {b})).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static List<String[]> rows(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = MojibakeCases.class.getResourceAsStream("/mojibake/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                for (int i = 0; i < f.length; i++) {
                    f[i] = unescape(f[i]);
                }
                rows.add(f);
            }
        }
        return rows;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
