/**
 * Implementation of the store: the JDBC glue for SQLite and PostgreSQL ({@link
 * org.ocnkit.store.internal.Database}), the Flyway runner, the value conversions that keep both
 * engines' digests identical and the byte-exact audit hash definitions ({@link
 * org.ocnkit.store.internal.AuditCodec}). Not an API: use {@link org.ocnkit.store}.
 */
package org.ocnkit.store.internal;
