package dev.blogwright.logic.spelling;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import morfologik.stemming.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spelling dictionaries the app can use, by language tag: the English ones built in (always there), then the
 * Hunspell pairs in the given folders — the writer's own folder first, then the system's ({@code apt install
 * hunspell-de-de}). Folders are looked at on every question, so a pair dropped in while the app runs is found; a
 * dictionary is read once per process and shared.
 */
public final class Dictionaries {
    private static final Logger LOG = LoggerFactory.getLogger(Dictionaries.class);
    private static final String ENGLISH = "/org/languagetool/resource/en/hunspell/";
    /** Language tags (lower case, '-' separated) to the built-in dictionary that spells them; "en" is US English. */
    private static final Map<String, String> BUILT_IN = Map.of(
            "en", ENGLISH + "en_US.dict",
            "en-us", ENGLISH + "en_US.dict",
            "en-gb", ENGLISH + "en_GB.dict",
            "en-ca", ENGLISH + "en_CA.dict",
            "en-au", ENGLISH + "en_AU.dict",
            "en-nz", ENGLISH + "en_NZ.dict",
            "en-za", ENGLISH + "en_ZA.dict");
    static final String BUILT_IN_SOURCE = "built in";
    /** Where Debian, Fedora and older distributions put Hunspell dictionaries. */
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/hunspell"),
            Path.of("/usr/share/myspell/dicts"), Path.of("/usr/share/myspell"));
    /** File names that are a language tag (de_DE, fr, pt_BR); hyphenation and thesaurus files are not. */
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private static final Dictionaries INSTALLED = new Dictionaries(defaultFolders(System.getenv()));

    private final List<Path> folders;
    private final Map<String, Optional<SpellingDictionary>> loaded = new ConcurrentHashMap<>();

    /** The built-in English plus the Hunspell pairs in {@code folders}, earlier folders winning. */
    public Dictionaries(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The dictionaries of this machine, read once per process whichever library asks. */
    public static Dictionaries installed() {
        return INSTALLED;
    }

    /** The writer's folder ({@code $BLOGWRIGHT_DICTIONARIES}, else beside the default library), then the system's. */
    static List<Path> defaultFolders(Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        out.add(userFolder(env));
        out.addAll(SYSTEM_FOLDERS);
        return out;
    }

    /** Where a writer drops {@code xx.dic}/{@code xx.aff} pairs (LibreOffice's dictionaries are such pairs). */
    public static Path userFolder(Map<String, String> env) {
        String own = env.get("BLOGWRIGHT_DICTIONARIES");
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("blogwright").resolve("dictionaries").toAbsolutePath();
    }

    /** The folder this instance reads the writer's own pairs from (its first). */
    public Path writersFolder() {
        return folders.isEmpty() ? userFolder(System.getenv()) : folders.get(0);
    }

    /**
     * The dictionary for {@code language} ("de", "en-GB", "fr_CA"), or empty when none is installed or it cannot be
     * read. Which one is {@link #pick}'s choice.
     */
    public Optional<SpellingDictionary> forLanguage(String language) {
        return pick(language, languages()).flatMap(this::read);
    }

    /** Whether a dictionary is installed for {@code language} (without reading it). */
    public boolean has(String language) {
        return pick(language, languages()).isPresent();
    }

    /** Every language there is a dictionary for, by tag, the built-in English first. */
    public List<InstalledLanguage> languages() {
        List<InstalledLanguage> out = new ArrayList<>();
        new TreeMap<>(BUILT_IN).keySet().forEach(tag -> out.add(new InstalledLanguage(tag, BUILT_IN_SOURCE)));
        found().forEach((tag, dic) -> {
            if (!BUILT_IN.containsKey(tag)) {
                out.add(new InstalledLanguage(tag, dic.toString()));
            }
        });
        return out;
    }

    /**
     * The dictionary of {@code installed} that spells {@code language}: its own tag, else its language without the
     * country (en-IE → en), else that language's own country (de → de-de), else its first variant (pt → pt-br).
     */
    public static Optional<InstalledLanguage> pick(String language, List<InstalledLanguage> installed) {
        String tag = normalize(language);
        int dash = tag.indexOf('-');
        String base = dash < 0 ? tag : tag.substring(0, dash);
        for (String wanted : List.of(tag, base, base + "-" + base)) {
            for (InstalledLanguage l : installed) {
                if (l.tag().equals(wanted)) {
                    return Optional.of(l);
                }
            }
        }
        return installed.stream().filter(l -> l.tag().startsWith(base + "-")).findFirst();
    }

    /** "en_GB", " EN-gb " → "en-gb". */
    public static String normalize(String language) {
        return language == null ? "" : language.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private Optional<SpellingDictionary> read(InstalledLanguage language) {
        if (language.source().equals(BUILT_IN_SOURCE)) {
            String resource = BUILT_IN.get(language.tag());
            return loaded.computeIfAbsent(resource, Dictionaries::readBuiltIn);
        }
        // By the file a link points to: Debian's fr_FR.dic, fr_CA.dic … are links to one fr.dic, read once.
        Path dic = Path.of(language.source());
        return loaded.computeIfAbsent(realPath(dic).toString(), k -> readHunspell(dic));
    }

    /** The {@code .dic} files with an {@code .aff} beside them, by tag; a tag of an earlier folder wins. */
    private Map<String, Path> found() {
        Map<String, Path> out = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path dic : files.filter(p -> p.getFileName().toString().endsWith(".dic")).sorted().toList()) {
                    String name = dic.getFileName().toString();
                    String stem = name.substring(0, name.length() - ".dic".length());
                    String tag = normalize(stem);
                    if (TAG.matcher(tag).matches() && Files.isRegularFile(dic.resolveSibling(stem + ".aff"))) {
                        out.putIfAbsent(tag, dic);
                    }
                }
            } catch (IOException e) {
                LOG.warn("Could not list the dictionaries in {}", folder, e);
            }
        }
        return out;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath();
        }
    }

    private static Optional<SpellingDictionary> readBuiltIn(String resource) {
        URL url = Dictionaries.class.getResource(resource);
        if (url == null) {
            LOG.warn("Spelling dictionary {} is missing from this build", resource);
            return Optional.empty();
        }
        try {
            return Optional.of(new MorfologikDictionary(Dictionary.read(url)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Spelling dictionary {} could not be read", resource, e);
            return Optional.empty();
        }
    }

    private static Optional<SpellingDictionary> readHunspell(Path dic) {
        long start = System.nanoTime();
        try {
            SpellingDictionary d = HunspellDictionary.read(dic);
            LOG.info("Read the spelling dictionary {} in {} ms", dic, (System.nanoTime() - start) / 1_000_000);
            return Optional.of(d);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Spelling dictionary {} could not be read", dic, e);
            return Optional.empty();
        }
    }
}
