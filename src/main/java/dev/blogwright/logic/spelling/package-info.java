/**
 * Spelling: which words of a post's prose a dictionary does not know, and what to write instead. The dictionaries
 * are LanguageTool's Morfologik automata, read by Morfologik's speller; the words come from the post's syntax tree,
 * so code, URLs, link targets, HTML and front matter are never checked. A personal dictionary per language lives in
 * the library (so it travels with it); words can also be ignored in one post.
 */
package dev.blogwright.logic.spelling;
