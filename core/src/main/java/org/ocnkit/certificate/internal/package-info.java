/**
 * The certificate record's XML (JAXB binding, reader, canonical writer) and the layout glue that
 * turns a record and a template into a PDF/A document.
 */
@XmlSchema(namespace = CertificateRecord.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.ocnkit.certificate.internal;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.ocnkit.certificate.CertificateRecord;
