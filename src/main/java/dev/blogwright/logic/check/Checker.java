package dev.blogwright.logic.check;

import java.util.List;

/** One kind of problem, looked for in one post at a time. */
interface Checker {
    void check(CheckedPost post, CheckContext context, List<Finding> out);
}
