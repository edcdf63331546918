package org.ocnkit.pdf;

/**
 * One piece of a document's flow, laid out top to bottom within the page margins. Paragraphs and
 * tables continue on the next page when a page is full (a table repeats its header rows); images,
 * QR codes, {@link Columns} and {@link KeepTogether} groups move to the next page whole.
 */
public sealed interface Block
    permits Paragraph, Spacer, Rule, Image, QrCode, Table, Columns, KeepTogether {}
