/**
 * Certificates ("OCN-intyg"): the {@link org.ocnkit.certificate.CertificateRecord record} of what a
 * participant achieved, its {@link org.ocnkit.certificate.Fingerprint fingerprint} and short {@link
 * org.ocnkit.certificate.CertificateCode code}, the bilingual PDF/A-3b certificate made from it,
 * and reading a certificate PDF back with named {@link org.ocnkit.certificate.Check checks}.
 *
 * <p>Issuing and verifying: {@link org.ocnkit.certificate.IssuerKeyFiles} keeps the issuer's keys
 * in a workspace; {@link org.ocnkit.certificate.CertificateIssuer} turns {@link
 * org.ocnkit.certificate.CertificateRequest requests} into signed, logged and registered PDFs in
 * one call; {@link org.ocnkit.certificate.CertificateVerifier} checks a PDF in one call and names
 * every check; {@link org.ocnkit.certificate.CertificateRegister} and {@link
 * org.ocnkit.certificate.CertificateLog} are the register and the transparency log of a workspace.
 *
 * <p>As a library: {@link org.ocnkit.certificate.CertificateService} is this package's object bound
 * to an open workspace ({@code Ocnkit.certificates()}), one transaction per method; the static
 * classes here remain for the command line and will move behind it.
 */
package org.ocnkit.certificate;
