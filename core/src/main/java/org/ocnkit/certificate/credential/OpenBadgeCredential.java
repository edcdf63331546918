package org.ocnkit.certificate.credential;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ocnkit.unit.UnitCode;

/**
 * One unit of a certificate as a signed Open Badges 3.0 {@code OpenBadgeCredential}: a VC-JOSE
 * compact JWS ({@code typ vc+jwt}) whose payload is the credential.
 *
 * @param unit the unit the credential's achievement is
 * @param compactJws {@code header.payload.signature}, base64url parts
 */
public record OpenBadgeCredential(UnitCode unit, String compactJws) {
  /** The media type of a VC-JOSE-secured credential (W3C VC-JOSE-COSE). */
  public static final String MEDIA_TYPE = "application/vc+jwt";

  /** The name prefix of an embedded Open Badges credential: {@code openbadge-<UNIT>.jwt}. */
  public static final String FILE_PREFIX = "openbadge-";

  /** The file suffix. */
  public static final String FILE_SUFFIX = ".jwt";

  private static final Pattern COMPACT =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  public OpenBadgeCredential {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(compactJws, "compactJws");
    if (!COMPACT.matcher(compactJws).matches()) {
      throw new IllegalArgumentException("not a compact JWS");
    }
  }

  /** The name it is embedded under in the certificate PDF: {@code openbadge-HS-KUND-01.jwt}. */
  public String fileName() {
    return FILE_PREFIX + unit.value() + FILE_SUFFIX;
  }

  /** The file content: the compact JWS and a line end. */
  public byte[] bytes() {
    return (compactJws + "\n").getBytes(StandardCharsets.US_ASCII);
  }
}
