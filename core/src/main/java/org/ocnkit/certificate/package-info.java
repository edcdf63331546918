/**
 * Certificates ("OCN-intyg"): the {@link org.ocnkit.certificate.CertificateRecord record} of what
 * a participant achieved, its {@link org.ocnkit.certificate.Fingerprint fingerprint} and short
 * {@link org.ocnkit.certificate.CertificateCode code}, the bilingual PDF/A-3b certificate made
 * from it, and reading a certificate PDF back with named {@link org.ocnkit.certificate.Check
 * checks}.
 */
package org.ocnkit.certificate;
