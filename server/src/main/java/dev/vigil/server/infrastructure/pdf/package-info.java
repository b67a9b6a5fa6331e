/**
 * Adapters that lay documents out as PDF with Apache PDFBox: the case report packet and the
 * compliance summary. Text is set in embedded subsets of the Noto fonts shipped in the jar (Latin,
 * Hebrew, Arabic; SIL Open Font License), with Arabic shaping and bidi reordering by ICU4J, so every
 * language of the packs prints as written; a character no font has becomes a question mark.
 */
package dev.vigil.server.infrastructure.pdf;
