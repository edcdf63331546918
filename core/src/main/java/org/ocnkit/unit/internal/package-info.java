/**
 * JAXB binding of the course-unit XML (mutable, location-aware classes that exist only while a file
 * is read), the reader that validates it against the shipped XSD and the rules, and the canonical
 * writer that defines a unit's content hash.
 */
@XmlSchema(namespace = UnitXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.ocnkit.unit.internal;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
