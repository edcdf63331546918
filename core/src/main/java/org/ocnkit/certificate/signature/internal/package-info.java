/**
 * Bouncy Castle and PDFBox glue behind the public signature API: certificate building, PKCS#12
 * files, CMS generation with the PAdES signed attributes, the RFC 3161 client, trust evaluation and
 * the inspection of a PDF's signature. Not an API: these types may change at any time.
 */
package org.ocnkit.certificate.signature.internal;
