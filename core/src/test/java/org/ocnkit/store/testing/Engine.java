package org.ocnkit.store.testing;

/** The database engines every store test runs against. */
public enum Engine {
  SQLITE,
  POSTGRESQL
}
