/**
 * The same certificate in the two formats wallets and registries read: a 1EdTech Open Badges 3.0
 * {@code OpenBadgeCredential} per unit, secured as VC-JOSE (a compact JWS signed with the issuer's
 * key, its certificate chain in {@code x5c}), and one European Learning Model v3 {@code
 * EuropeanDigitalCredential} (Europass) per certificate.
 *
 * <p>Both are made from the certificate record and the approved unit versions at issuance ({@link
 * org.ocnkit.certificate.credential.OpenBadgeCredentials}, {@link
 * org.ocnkit.certificate.credential.EuropeanCredentials}); an Open Badges credential is checked by
 * {@link org.ocnkit.certificate.credential.OpenBadgeVerifier} with the same named checks as a PDF.
 */
package org.ocnkit.certificate.credential;
