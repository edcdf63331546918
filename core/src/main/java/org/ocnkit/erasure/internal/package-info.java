/** Reading the text of output files (PDFBox, zip) to find those that name an erased person. */
package org.ocnkit.erasure.internal;
