package org.ocnkit.server;

import java.util.Objects;

/**
 * A request the server refuses, with its HTTP status, a stable code for the JSON API ({@code
 * "too-large"}) and the key of its Swedish and English text.
 */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String key;
  private final transient Object[] args;

  Refusal(int status, String code, String key, Object... args) {
    super(code, null, false, false);
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.key = Objects.requireNonNull(key, "key");
    this.args = args.clone();
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String text(Texts texts) {
    return texts.get(key, args);
  }
}
