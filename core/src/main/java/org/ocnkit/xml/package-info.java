/**
 * Safe XML parsing shared by the file formats (course units, certificate records): DTDs and
 * external entities refused, schemas loaded from the jar only.
 */
package org.ocnkit.xml;
