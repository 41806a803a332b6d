package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a flexmark {@link BasedSequence} as a {@link String}, copied in one piece where possible.
 * flexmark's own {@code toString()} (and {@code StringBuilder.append} of a sequence) copies one {@code charAt} call
 * at a time; a plain slice of the parsed document can be cut from the document's string instead.
 */
final class SequenceText {
    private SequenceText() {
    }

    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence slice && slice.getBase() instanceof String source) {
            String text = source.substring(slice.getStartOffset(), slice.getEndOffset());
            // flexmark shows a NUL in the source as U+FFFD; the slice must read the same.
            return text.indexOf(SequenceUtils.NUL) < 0 ? text : text.replace(SequenceUtils.NUL, SequenceUtils.ENC_NUL);
        }
        return chars.toString();
    }
}
