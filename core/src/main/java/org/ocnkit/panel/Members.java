package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.clean;
import static org.ocnkit.panel.PanelChecks.problem;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.internal.AuthorMatch;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;

/** The panel's members ({@code panel_member}): adding them, the chair, naming them. */
final class Members {
  private Members() {}

  /** A row of {@code panel_member} as inserted. */
  record MemberRow(
      String name, String organisation, Sector sector, boolean chair, Instant addedAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", name);
      row.put("organisation", organisation);
      row.put("sector", sector);
      row.put("chair", chair);
      row.put("added_at", addedAt);
      return row;
    }
  }

  /**
   * The name and organisation of a new member, cleaned.
   *
   * @throws InvalidInputException naming every problem (see {@link Panel#addMember})
   */
  static Named checkNew(String name, String memberOrganisation) {
    String cleanName = clean(name);
    String cleanOrganisation = clean(memberOrganisation);
    List<Problem> problems = new ArrayList<>();
    if (cleanName.isEmpty() || cleanName.length() > 200) {
      problems.add(problem("member.nameBlank"));
    } else if (cleanName.contains(",")) {
      problems.add(problem("member.nameComma", cleanName));
    } else if (cleanName.matches("[0-9]+")) {
      problems.add(problem("member.nameDigits", cleanName));
    }
    if (cleanOrganisation.isEmpty() || cleanOrganisation.length() > 200) {
      problems.add(problem("member.organisationBlank"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Named(cleanName, cleanOrganisation);
  }

  /** A new member's name and organisation, cleaned and checked. */
  record Named(String name, String organisation) {}

  /** Adds a member whose name and organisation {@link #checkNew} cleaned. */
  static PanelMember add(Tx tx, Named named, Sector sector, boolean chair) throws SQLException {
    String cleanName = named.name();
    String cleanOrganisation = named.organisation();
    List<PanelMember> members = all(tx);
    for (PanelMember m : members) {
      if (m.name().equalsIgnoreCase(cleanName)
          && m.organisation().equalsIgnoreCase(cleanOrganisation)) {
        throw new InvalidInputException(
            Message.of(
                Panel.class,
                "member.duplicate",
                m.name(),
                m.organisation(),
                String.valueOf(m.id())));
      }
    }
    if (chair) {
      Optional<PanelMember> current = members.stream().filter(PanelMember::chair).findFirst();
      if (current.isPresent()) {
        throw new RefusedException(
            Message.of(Panel.class, "member.chairTaken", current.get().name(), cleanName));
      }
    }
    long id =
        tx.insert(
            "panel_member",
            new MemberRow(cleanName, cleanOrganisation, sector, chair, tx.now()).columns(),
            Panel.ACTION_MEMBER_ADD);
    return new PanelMember(id, cleanName, cleanOrganisation, sector, chair);
  }

  /** Makes {@code member} the panel's chair; the previous chair is no longer. */
  static PanelMember handChair(Tx tx, String member) throws SQLException {
    PanelMember next = resolve(tx, member);
    if (next.chair()) {
      return next;
    }
    for (PanelMember m : all(tx)) {
      if (m.chair()) {
        setChair(tx, m.id(), false);
      }
    }
    setChair(tx, next.id(), true);
    return new PanelMember(next.id(), next.name(), next.organisation(), next.sector(), true);
  }

  /** A change of whether a member chairs the panel. */
  record ChairRow(boolean chair) {
    Map<String, Object> columns() {
      return Map.of("chair", chair);
    }
  }

  private static void setChair(Tx tx, long id, boolean chair) throws SQLException {
    tx.update("panel_member", id, new ChairRow(chair).columns(), Panel.ACTION_MEMBER_CHAIR);
  }

  /** Every member, by id. */
  static List<PanelMember> all(ReadTx tx) throws SQLException {
    return tx.query(
        "SELECT id, name, organisation, sector, chair FROM panel_member ORDER BY id",
        Members::member);
  }

  /** The members by id. */
  static Map<Long, PanelMember> byId(ReadTx tx) throws SQLException {
    return all(tx).stream().collect(Collectors.toMap(PanelMember::id, Function.identity()));
  }

  /** The panel's chair, if it has one. */
  static Optional<PanelMember> chair(ReadTx tx) throws SQLException {
    return all(tx).stream().filter(PanelMember::chair).findFirst();
  }

  /**
   * The member {@code reference} names: an id (digits), or a name (ignoring case and runs of
   * whitespace).
   *
   * @throws InvalidInputException when no member, or more than one, has that name or id
   */
  static PanelMember resolve(ReadTx tx, String reference) throws SQLException {
    String wanted = reference.strip();
    List<PanelMember> all = all(tx);
    if (wanted.matches("[0-9]{1,18}")) {
      long id = Long.parseLong(wanted);
      return all.stream()
          .filter(m -> m.id() == id)
          .findFirst()
          .orElseThrow(
              () -> new InvalidInputException(Message.of(Panel.class, "member.unknown", wanted)));
    }
    String name = AuthorMatch.normalize(wanted);
    List<PanelMember> named =
        all.stream().filter(m -> AuthorMatch.normalize(m.name()).equals(name)).toList();
    if (named.isEmpty()) {
      throw new InvalidInputException(Message.of(Panel.class, "member.unknown", wanted));
    }
    if (named.size() > 1) {
      throw new InvalidInputException(
          Message.of(
              Panel.class,
              "member.ambiguous",
              wanted,
              named.stream()
                  .map(m -> m.id() + " (" + m.organisation() + ")")
                  .collect(Collectors.joining(", "))));
    }
    return named.get(0);
  }

  private static PanelMember member(Row row) throws SQLException {
    return new PanelMember(
        row.getLong("id"),
        row.getString("name"),
        row.getString("organisation"),
        row.getEnum("sector", Sector.class),
        row.getBoolean("chair"));
  }
}
