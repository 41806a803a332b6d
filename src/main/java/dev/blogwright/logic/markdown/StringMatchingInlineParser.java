package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser, with its regular expressions run over a {@link String} copy of the
 * paragraph rather than over the paragraph's {@link BasedSequence}.
 *
 * <p>flexmark matches each regex (link destinations, whitespace, backtick runs) on the based sequence and then
 * calls {@link Matcher#toMatchResult()}, which on JDK 17 copies the whole input with one {@code charAt} call per
 * character, so a paragraph was copied once per match: 14 % of an import's word counting in a profile. Here the
 * paragraph is copied once, the match positions are read from the matcher itself, and the node text is cut from
 * the based sequence at those positions exactly as before, so the tree is the same; the CommonMark spec, corpus
 * and renderer tests check it. Plain text runs are found in the same copy.
 */
final class StringMatchingInlineParser extends CommonmarkInlineParser {
    /** The sequence {@link #text} was copied from; based sequences are immutable, so identity is enough. */
    private BasedSequence copied;
    private String text;
    private char[] chars;

    StringMatchingInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    private String text() {
        if (copied != input) {
            copied = input;
            text = SequenceText.of(input);
            chars = null;
        }
        return text;
    }

    private char[] chars() {
        String source = text();
        if (chars == null) {
            chars = source.toCharArray();
        }
        return chars;
    }

    /**
     * The same as flexmark's: the text up to the next special character becomes a text node. flexmark finds that
     * character through the based sequence, two interface calls per character; here it is read from the copy.
     */
    @Override
    protected boolean parseString() {
        int begin = index;
        int length = input.length();
        char[] text = chars();
        BitSet special = specialCharacters;
        int i = begin;
        while (i != length && !special.get(text[i])) {
            i++;
        }
        index = i;
        if (begin != i) {
            appendText(input, begin, i);
            return true;
        }
        return false;
    }

    /** The same as flexmark's: the match found from the current index, which it then moves past. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(text());
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    @Override
    public Matcher matcher(Pattern re) {
        return find(re);
    }
}
