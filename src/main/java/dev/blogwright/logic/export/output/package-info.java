/**
 * How the export writes JSON and XML: sorted keys, fixed line ends and escapes, so the same content always gives the
 * same bytes (a re-export then changes only the files whose content changed). Depends on nothing else of the export.
 */
package dev.blogwright.logic.export.output;
