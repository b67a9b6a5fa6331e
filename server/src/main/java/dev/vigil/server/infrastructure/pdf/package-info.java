/**
 * Adapters that lay documents out as PDF with Apache PDFBox: the case report packet and the
 * compliance summary. They use the standard Helvetica fonts (WinAnsi encoding, nothing embedded)
 * and replace what those cannot set with a visible stand-in rather than fail.
 */
package dev.vigil.server.infrastructure.pdf;
