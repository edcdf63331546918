/**
 * PDF/A-3b documents for everything ocnkit prints: certificates, panel minutes, unit reading copies
 * and portfolios. A {@link org.ocnkit.pdf.PdfaDocument} is a flow of {@link org.ocnkit.pdf.Block
 * blocks} (paragraphs, tables, images, QR codes) laid out onto pages with embedded DejaVu fonts, an
 * sRGB output intent, XMP metadata and PDF/A-3 associated files; the same input always gives the
 * same bytes. {@link org.ocnkit.pdf.PdfContents} reads a PDF back.
 */
package org.ocnkit.pdf;
