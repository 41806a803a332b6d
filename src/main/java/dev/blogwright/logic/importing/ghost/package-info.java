/**
 * Ghost's post formats turned into Markdown: every mobiledoc section and card, every lexical node, inline marks
 * written so they render to exactly the text Ghost showed; what Markdown cannot say is kept as HTML.
 */
package dev.blogwright.logic.importing.ghost;
