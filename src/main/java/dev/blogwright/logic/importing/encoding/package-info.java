/**
 * Mojibake repair after python-ftfy's approach: a badness measure over character classes decides whether text looks
 * mis-decoded, candidate decodings through the code pages text is usually garbled with (Windows-125x, Latin-1,
 * ISO-8859-2, MacRoman, cp437, Windows-874, their "sloppy" variants) are tried, and a repair is kept only when it is
 * clearly better. {@code MojibakeRepair} in the parent package is the one entry point.
 */
package dev.blogwright.logic.importing.encoding;
