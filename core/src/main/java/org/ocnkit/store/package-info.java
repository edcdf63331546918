/**
 * The workspace and its records: the {@link org.ocnkit.store.Workspace workspace} folder and {@link
 * org.ocnkit.store.Settings settings}, the database ({@link org.ocnkit.store.Store}: SQLite by
 * default, PostgreSQL for shared use, the same Flyway migrations for both), one transaction per
 * command, the tamper-evident audit chain and the content-addressed {@link
 * org.ocnkit.store.Attachments attachment store}. The bottom layer: it knows nothing of units,
 * panels or certificates.
 *
 * <p>A PostgreSQL workspace is shared by several desks (folders on different computers, {@link
 * org.ocnkit.store.Workspace#join}): attachments live in the database ({@code attachment_content}),
 * secret keys every desk needs are wrapped under the programme secret ({@link
 * org.ocnkit.store.SharedKeys}, {@code shared_key}), and public material such as the issuer
 * certificate is published for every desk ({@code published_key}).
 *
 * <h2>Storage conventions</h2>
 *
 * <ul>
 *   <li><b>Migrations</b> live in {@code core/src/main/resources/db/migration/}, one per package:
 *       {@code V1__store.sql}, {@code V2__unit.sql}, {@code V3__panel.sql}, {@code
 *       V4__learner.sql}, {@code V5__evidence.sql}, {@code V6__moderation.sql}, {@code
 *       V7__certificate.sql}, {@code V8__ledger.sql}; later changes take the next free number. A
 *       released migration is never edited. Table and column names are lowercase {@code
 *       snake_case}; a table is named after one record ({@code unit_version}, not {@code units}).
 *   <li><b>Portable SQL</b>: the same file runs on SQLite and PostgreSQL. Placeholders cover the
 *       differences: {@code ${identity}} for the primary key column ({@code id ${identity}}) and
 *       {@code ${binary}} for bytes. Column types: {@code BIGINT}/{@code INTEGER}, {@code TEXT},
 *       {@code ${binary}}; no {@code BOOLEAN} (use {@code INTEGER} 0/1), no floating point or
 *       {@code NUMERIC} (a decimal is {@code TEXT}, {@code BigDecimal.toPlainString()}), no engine
 *       date types (a date is ISO-8601 {@code TEXT} {@code 2025-03-01}, an instant UTC with exactly
 *       three fraction digits, {@code 2025-03-01T09:30:00.000Z}, so that text order is time order;
 *       the store writes {@code LocalDate} and {@code Instant} values that way). Foreign keys to an
 *       {@code id} are {@code BIGINT}. No triggers, no {@code ON DELETE}/{@code ON UPDATE} actions.
 *       Avoid {@code LIKE} (case rules differ) and do not rely on the database's text sort order
 *       for anything that is hashed or signed: sort in Java.
 *   <li><b>Audit</b>: every table is audited except {@code flyway_schema_history}, {@code
 *       audit_event}, {@code audit_head}, {@code audit_exempt} and the tables a migration lists in
 *       {@code audit_exempt(table_name, reason)}. An audited table has a single-column integer
 *       primary key {@code id}, and its rows change only through {@link org.ocnkit.store.Tx#insert}
 *       and {@link org.ocnkit.store.Tx#update}; nothing is deleted. Signed-off records are never
 *       updated: a correction is a new record that supersedes the old one. {@code audit verify}
 *       checks that every audited row matches the digest of its last event, that every event's row
 *       exists, that the chain is whole, and re-hashes every {@code attachment} file.
 *   <li><b>Actions</b> are lowercase dotted names, package first: {@code unit.import}, {@code
 *       panel.vote}, {@code certificate.revoke}. <b>Entities</b> are {@code table:id}.
 *   <li><b>Time</b> comes from {@link org.ocnkit.store.ReadTx#now()} (one instant per transaction,
 *       from the workspace's injectable clock), never from {@code Instant.now()}.
 * </ul>
 *
 * <p>As a library: {@link org.ocnkit.store.AuditService} is this package's object bound to an open
 * workspace ({@code Ocnkit.audit()}), one transaction per method; the static classes here remain
 * for the command line and will move behind it.
 */
package org.ocnkit.store;
