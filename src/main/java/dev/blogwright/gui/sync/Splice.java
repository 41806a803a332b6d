package dev.blogwright.gui.sync;

import java.util.Optional;

/**
 * The one replacement that turns a text into another: the part between their common start and common end. An
 * editor that applies only this keeps its caret and scroll where the change is elsewhere.
 */
public record Splice(int start, int end, String text) {
    /** The replacement of {@code from}'s range {@code [start, end)} by {@code text}; empty when they are equal. */
    public static Optional<Splice> between(String from, String to) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        int max = Math.min(from.length(), to.length());
        int head = 0;
        while (head < max && from.charAt(head) == to.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < max - head && from.charAt(from.length() - 1 - tail) == to.charAt(to.length() - 1 - tail)) {
            tail++;
        }
        // Never split a surrogate pair: an emoji is replaced whole.
        if (head > 0 && Character.isHighSurrogate(from.charAt(head - 1))) {
            head--;
        }
        if (tail > 0 && Character.isLowSurrogate(from.charAt(from.length() - tail))) {
            tail--;
        }
        return Optional.of(new Splice(head, from.length() - tail, to.substring(head, to.length() - tail)));
    }
}
