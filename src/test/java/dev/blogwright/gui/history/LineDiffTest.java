package dev.blogwright.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.history.LineDiff.Kind;
import dev.blogwright.gui.history.LineDiff.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LineDiffTest {
    @Test
    void identicalTextsAreAllSame() {
        assertThat(LineDiff.diff("a\nb", "a\nb")).extracting(Line::kind).containsOnly(Kind.SAME);
    }

    @Test
    void changedLineIsRemovedThenAdded() {
        assertThat(LineDiff.diff("a\nb\nc", "a\nB\nc")).containsExactly(new Line(Kind.SAME, "a"),
                new Line(Kind.REMOVED, "b"), new Line(Kind.ADDED, "B"), new Line(Kind.SAME, "c"));
    }

    @Test
    void insertedLineInTheMiddleIsAdded() {
        assertThat(LineDiff.diff("a\nc", "a\nb\nc")).containsExactly(new Line(Kind.SAME, "a"),
                new Line(Kind.ADDED, "b"), new Line(Kind.SAME, "c"));
    }

    @Test
    void commonLinesAroundChangesStayInCommon() {
        assertThat(LineDiff.diff("x\na\ny\nb", "a\nz\nb")).filteredOn(l -> l.kind() == Kind.SAME)
                .extracting(Line::text).containsExactly("a", "b");
    }

    @Test
    void hugeRewriteIsDiffedWithoutRunningOutOfMemory() {
        String before = "old line\n".repeat(5000) + "end";
        String after = "new line\n".repeat(5000) + "end";
        assertThat(LineDiff.diff(before, after)).hasSize(10_001);
    }

    @Test
    void rewriteKeepingSomeLinesStillFindsThem() {
        String before = "keep 1\nold a\nkeep 2\nold b\nkeep 3";
        String after = "new a\nkeep 1\nkeep 2\nnew b\nkeep 3\nnew c";
        assertThat(LineDiff.diff(before, after)).filteredOn(l -> l.kind() == Kind.SAME).extracting(Line::text)
                .containsExactly("keep 1", "keep 2", "keep 3");
        assertThat(LineDiff.diff(before, after)).filteredOn(l -> l.kind() == Kind.REMOVED).extracting(Line::text)
                .containsExactly("old a", "old b");
    }

    @Test
    void oneEditInALongPostShowsOnlyThatLineChanged() {
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            before.append("line ").append(i).append('\n');
        }
        String after = before.toString().replace("line 10000\n", "line ten thousand\n");
        assertThat(LineDiff.diff(before.toString(), after)).filteredOn(l -> l.kind() != Kind.SAME)
                .containsExactly(new Line(Kind.REMOVED, "line 10000"), new Line(Kind.ADDED, "line ten thousand"));
    }
}
