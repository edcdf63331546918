package org.ocnkit.cli.learner;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.evidence.EvidenceItemId;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * Prepares values for {@link org.ocnkit.cli.Json}: the domain's identifiers (A12, E3, EV7,
 * ica-bjorkdalen, HS-KUND-01@1, 1.2, a unit hash) are written as the text people type, not as
 * nested objects; records become maps of their components.
 */
public final class JsonValues {
  private static final Set<Class<?>> AS_TEXT =
      Set.of(
          ApprenticeId.class,
          EnrolmentId.class,
          EvidenceItemId.class,
          Code.class,
          UnitRef.class,
          UnitHash.class,
          CriterionId.class);

  private JsonValues() {}

  /** {@code value} with identifiers as text, records as maps, optionals unwrapped. */
  public static Object plain(Object value) {
    if (value instanceof Optional<?> optional) {
      return plain(optional.orElse(null));
    }
    if (value == null) {
      return null;
    }
    if (AS_TEXT.contains(value.getClass())) {
      return value.toString();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(plain(k)), plain(v)));
      return out;
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(plain(v)));
      return out;
    }
    if (value instanceof Record record) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        try {
          c.getAccessor().setAccessible(true);
          out.put(c.getName(), plain(c.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
      return out;
    }
    return value;
  }
}
