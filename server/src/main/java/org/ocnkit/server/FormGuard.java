package org.ocnkit.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery protection for the supervisor's form: each form carries a fresh
 * one-time submission key and a token, the HMAC-SHA256 under a key this server drew at start, of
 * that submission key and the link's hash. A form posted from another site has no valid token (it
 * cannot read the page), and a token works only with its link. Tokens do not outlive the server:
 * after a restart an open form asks to be loaded again.
 */
final class FormGuard {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] key = new byte[32];

  FormGuard() {
    RANDOM.nextBytes(key);
  }

  /** A fresh one-time submission key: 128 random bits, base64url. */
  String newSubmission() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The token of a form for this link (by its hash) and submission key. */
  String token(String linkHash, String submission) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] tag = mac.doFinal((linkHash + "\n" + submission).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
    }
  }

  /** Whether {@code token} is this server's for the link and submission key (constant time). */
  boolean valid(String linkHash, String submission, String token) {
    if (token == null || submission == null) {
      return false;
    }
    return MessageDigest.isEqual(
        token(linkHash, submission).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }
}
