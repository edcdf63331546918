package org.ocnkit.certificate.credential;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The standards bodies' published JSON Schemas (test resources, see their README), loaded with
 * networknt's validator from local copies only: every schema is registered under its published id,
 * and fetching remote resources is off, so a test never reaches the network.
 */
final class PublishedSchemas {
  /** 1EdTech's Open Badges 3.0 AchievementCredential schema (draft 2019-09). */
  static final String OB3_ID = OpenBadgeCredentials.OB_SCHEMA;

  /** The European Commission's Europass EDC (ELM 3.2) schema (draft 2020-12); it has no $id. */
  static final String EDC_ID =
      "https://code.europa.eu/ebsi/json-schema/schemas/vcdm2.0/edc/schema.json";

  private static final String DIR = "/org/ocnkit/certificate/credential/schemas/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemas(
                      Map.of(
                          OB3_ID, resource("ob_v3p0_achievementcredential_schema.json"),
                          EDC_ID, resource("vcdm2.0-europass-edc-schema-2.1.0.json")))
                  .schemaLoader(loader -> loader.fetchRemoteResources(false)));

  private PublishedSchemas() {}

  static Schema openBadges() {
    return REGISTRY.getSchema(SchemaLocation.of(OB3_ID));
  }

  static Schema europass() {
    return REGISTRY.getSchema(SchemaLocation.of(EDC_ID));
  }

  /**
   * Every violation of {@code schema} by the JSON text {@code json}, as text; empty if none.
   * Formats ({@code date-time}, {@code uri}, {@code email} ...) are asserted, not only annotated.
   */
  static List<String> violations(Schema schema, String json) {
    return schema
        .validate(
            json,
            InputFormat.JSON,
            (context, schemaContext) ->
                context.executionConfig(config -> config.formatAssertionsEnabled(true)))
        .stream()
        .map(Object::toString)
        .toList();
  }

  static String resource(String name) {
    try (InputStream in = PublishedSchemas.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
