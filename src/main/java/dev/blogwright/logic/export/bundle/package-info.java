/**
 * The bundle writer: builds the new bundle beside the old one ({@code BundleWriter}) and either patches the few
 * changed files in ({@code BundlePatch}) or swaps the whole folder ({@code SiblingFolders}), so a crash at any point
 * leaves the previous site intact; one export at a time per folder ({@code ExportLock}); what becomes of the old
 * bundle ({@code RetiredBundle}); the one gate every exported path passes ({@code SafePaths}); the zip.
 */
package dev.blogwright.logic.export.bundle;
