package dev.blogwright.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The generator's vocabulary: plain English words, 10 categories and 60 tags, all fixed so output is stable. */
final class Words {
    static final List<String> CATEGORIES = List.of("Travel", "Cooking", "Programming", "Photography", "Gardening",
            "Music", "Books", "Science", "Fitness", "Design");

    static final List<String> TAGS = List.of("java", "linux", "python", "rust", "databases", "testing", "performance",
            "security", "web", "css", "markdown", "git", "docker", "cloud", "networking", "hardware", "keyboards",
            "coffee", "tea", "baking", "bread", "pasta", "curry", "vegetarian", "hiking", "cycling", "running",
            "swimming", "yoga", "climbing", "film", "portraits", "landscape", "street", "lenses", "printing",
            "roses", "tomatoes", "compost", "trees", "piano", "guitar", "jazz", "vinyl", "concerts", "novels",
            "poetry", "history", "biography", "physics", "astronomy", "biology", "chemistry", "typography",
            "color", "layout", "sketching", "travel-tips", "europe", "asia");

    static final String[] VOCABULARY = ("the a of and to in is it that for on with as was at by this be from or "
            + "have an they which one you were her all she there would their we him been has when who will more no "
            + "if out so said what up its about into than them can only other new some could time these two may "
            + "then do first any my now such like our over man me even most made after also did many before must "
            + "through back years where much your way well down should because each just those people how too "
            + "little state good very make world still own see men work long get here between both life being "
            + "under never day same another know while last might us great old year off come since against go "
            + "came right used take three garden kitchen river mountain window morning evening coffee bread "
            + "program compiler memory thread library export import search index render theme layout color "
            + "camera lens light shadow street market station journey letter chapter story reader writer page "
            + "morning quiet simple careful patient bright heavy gentle rapid steady small large early late "
            + "build measure notice explain compare choose follow gather repair improve travel cook plant read "
            + "listen practice sketch print write test deploy profile cache query table column field value")
            .split(" ");

    private Words() {
    }

    static String word(Random rnd) {
        return VOCABULARY[rnd.nextInt(VOCABULARY.length)];
    }

    /** A title of three to seven words, each capitalised; never empty of letters. */
    static String title(Random rnd) {
        int n = 3 + rnd.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = i == 0 ? longWord(rnd) : word(rnd);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A word of five letters or more, for headings and link texts that should look like content. */
    static String longWord(Random rnd) {
        String w;
        do {
            w = word(rnd);
        } while (w.length() < 5);
        return w;
    }
}
