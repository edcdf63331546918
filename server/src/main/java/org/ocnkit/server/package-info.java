/**
 * The verification service behind a certificate's QR code ({@code ocn serve}) and its static twin
 * ({@code ocn site publish}). Front ends only: they parse a request, call {@code ocnkit-core}, and
 * render a page or JSON. No personal data is shown or logged.
 */
package org.ocnkit.server;
