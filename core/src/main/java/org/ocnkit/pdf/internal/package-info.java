/**
 * The PDFBox glue behind {@link org.ocnkit.pdf.PdfaDocument}: fonts, line breaking, the boxes the
 * layout engine places on pages, the pagination, the drawing, and the PDF/A parts (XMP, output
 * intent, associated files, document ID).
 */
package org.ocnkit.pdf.internal;
