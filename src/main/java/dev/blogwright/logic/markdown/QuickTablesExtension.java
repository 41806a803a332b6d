package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * flexmark's tables extension, with the same result, but handing its paragraph pre-processor only paragraphs that
 * could open a table. flexmark's pre-processor gives up on a paragraph whose first line holds no {@code |}, but
 * only after reading that line through the sequence interface one character at a time, and it compiles its
 * separator regex for every document first: together 6 % of an export's rendering for paragraphs that are never
 * tables. Here the first line is searched in the source string, and flexmark's pre-processor is made when a
 * paragraph gets past that test.
 */
final class QuickTablesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = (TablesExtension) TablesExtension.create();

    private QuickTablesExtension() {
    }

    static QuickTablesExtension create() {
        return new QuickTablesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    @Override
    public void extend(Parser.Builder builder) {
        // What TablesExtension.extend(Parser.Builder) registers, behind the first-line test.
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    /**
     * Tells whether a paragraph's first line holds a {@code |}, without which flexmark's pre-processor returns 0.
     * Paragraphs come in source order, so the next pipe found in the source answers for every paragraph before it:
     * the source is searched once per document, not once per paragraph.
     */
    static final class PipeFinder {
        private String source;
        private int searchedFrom;
        private int nextPipe;

        boolean mayOpenTable(Paragraph paragraph) {
            if (paragraph.getContentLines().isEmpty()) {
                return false;
            }
            BasedSequence line = paragraph.getContentLines().get(0);
            if (!(line instanceof SubSequence slice && slice.getBase() instanceof String base)) {
                return line.indexOf('|') >= 0;
            }
            int start = slice.getStartOffset();
            if (base != source || start < searchedFrom || nextPipe >= 0 && nextPipe < start) {
                source = base;
                searchedFrom = start;
                nextPipe = base.indexOf('|', start);
            }
            return nextPipe >= 0 && nextPipe < slice.getEndOffset();
        }
    }

    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;

        Factory(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private final PipeFinder pipes = new PipeFinder();
                private ParagraphPreProcessor made;

                @Override
                public int preProcessBlock(Paragraph block, ParserState parserState) {
                    if (!pipes.mayOpenTable(block)) {
                        return 0;
                    }
                    if (made == null) {
                        made = tables.apply(state);
                    }
                    return made.preProcessBlock(block, parserState);
                }
            };
        }
    }
}
