package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
  record Row(String name, int credits, Optional<String> en, LocalDate date) {}

  @Test
  void writesRecordsMapsAndListsWithEscapes() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("quote", "say \"hej\"\n\tÅsa");
    map.put("rows", List.of(new Row("a", 3, Optional.empty(), LocalDate.of(2026, 11, 23))));
    map.put("empty", List.of());
    String json = Json.write(map);
    assertThat(json).contains("\"quote\": \"say \\\"hej\\\"\\n\\tÅsa\"");
    assertThat(json).contains("\"credits\": 3", "\"en\": null", "\"date\": \"2026-11-23\"");
    assertThat(json).contains("\"empty\": []");
  }

  @Test
  void controlCharactersAreEscaped() {
    assertThat(Json.write("a\u0001b")).isEqualTo("\"a\\u0001b\"");
  }
}
