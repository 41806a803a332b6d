package dev.blogwright.logic.spelling;

import java.io.IOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spelling dictionaries on the class path, by language tag. A dictionary is read once (about 0.7 MB each) and
 * shared: Morfologik's {@link Dictionary} is immutable, only its speller keeps per-call buffers.
 */
public final class Dictionaries {
    private static final Logger LOG = LoggerFactory.getLogger(Dictionaries.class);
    private static final String ENGLISH = "/org/languagetool/resource/en/hunspell/";
    /** Language tags (lower case, '-' separated) to the dictionary that spells them; a bare "en" is US English. */
    private static final Map<String, String> RESOURCES = Map.of(
            "en", ENGLISH + "en_US.dict",
            "en-us", ENGLISH + "en_US.dict",
            "en-gb", ENGLISH + "en_GB.dict",
            "en-ca", ENGLISH + "en_CA.dict",
            "en-au", ENGLISH + "en_AU.dict",
            "en-nz", ENGLISH + "en_NZ.dict",
            "en-za", ENGLISH + "en_ZA.dict");

    private static final Dictionaries INSTALLED = new Dictionaries();

    private final Map<String, Optional<Dictionary>> loaded = new ConcurrentHashMap<>();

    /** The dictionaries of this build, read once per process whichever library asks. */
    public static Dictionaries installed() {
        return INSTALLED;
    }

    /** The dictionary for {@code language} ("en", "en-GB", "en_US"), or empty when none is installed. */
    public Optional<Dictionary> forLanguage(String language) {
        String resource = RESOURCES.get(normalize(language));
        if (resource == null) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(resource, Dictionaries::read);
    }

    /** Whether a dictionary is installed for {@code language}. */
    public static boolean has(String language) {
        return RESOURCES.containsKey(normalize(language));
    }

    /** "en_GB", " EN-gb " → "en-gb". */
    public static String normalize(String language) {
        return language == null ? "" : language.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static Optional<Dictionary> read(String resource) {
        URL url = Dictionaries.class.getResource(resource);
        if (url == null) {
            LOG.warn("Spelling dictionary {} is missing from this build", resource);
            return Optional.empty();
        }
        try {
            return Optional.of(Dictionary.read(url));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Spelling dictionary {} could not be read", resource, e);
            return Optional.empty();
        }
    }
}
