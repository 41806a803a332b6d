package dev.blogwright.logic.theme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The date formats a blog chooses from, by example: people pick "7 December 2026", not {@code d MMMM yyyy}. A
 * pattern stored before (or typed into {@code blog.yaml}) that is none of these is kept and shown as custom.
 */
public final class DateFormats {
    /** The patterns offered, in the order shown. */
    public static final List<String> CHOICES = List.of("MMMM d, yyyy", "d MMMM yyyy", "yyyy-MM-dd", "d MMM yyyy",
            "MMM d, yyyy", "EEEE, d MMMM yyyy", "EEEE, MMMM d, yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy");
    /** The day the examples show: a Monday late in the year, so day and month cannot be confused. */
    public static final LocalDate SAMPLE_DAY = LocalDate.of(2026, 12, 7);

    private DateFormats() {
    }

    /** {@code day} as {@code pattern} writes it in {@code language} (an IETF tag such as {@code de}); empty when invalid. */
    public static Optional<String> example(String pattern, String language, LocalDate day) {
        try {
            Locale locale = Locale.forLanguageTag(language == null || language.isBlank() ? "en" : language.strip());
            return Optional.of(DateTimeFormatter.ofPattern(pattern, locale).format(day));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The offered patterns, with {@code current} added at the end when it is a custom one. */
    public static List<String> choicesWith(String current) {
        if (current == null || current.isBlank() || CHOICES.contains(current)) {
            return CHOICES;
        }
        return Stream.concat(CHOICES.stream(), Stream.of(current)).toList();
    }

    public static boolean isCustom(String pattern) {
        return !CHOICES.contains(pattern);
    }
}
